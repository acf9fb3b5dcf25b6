// Numbers as Norwegians write them (number-widget.js); the config names it for every number field (fields.ts).
const number = window.kompetansebankenNumberWidget({ h, createClass, parse: window.kompetansebankenParseNumber });
CMS.registerWidget('norwegianNumber', number.control, number.preview, number.schema);
// Text longer or shorter than its schema allows (a title over 150 characters, an ingress under 20) is refused at
// the field, with the limit and the count there (text-length-widget.js), not by a toast that fades.
window.kompetansebankenTextLengthWidgets({ CMS, h, createClass, lengthMessage: window.kompetansebankenTextLengthMessage, clean: (text) => window.kompetansebankenPastedText.cleanText(text), isoDate: (text) => window.kompetansebankenIsoFromTyped(text, window.kompetansebankenCms.monthNames) });
