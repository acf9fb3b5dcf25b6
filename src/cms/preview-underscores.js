// Underscores inside a word for the CMS preview. The site reads the text as
// MDX (CommonMark): a «_» between two letters or digits neither starts nor
// ends italics, so «fil_navn_her» and «dobbel__strek» show as typed. Decap's
// preview parses with its own older remark, which made «fil<em>navn</em>her»
// and bold of «__strek__» inside a word. Such underscores are escaped in the
// text the preview gets (never in what is saved); a «_» at a word's edge
// («_kursiv_») still makes italics. Fenced code (window.kompetansebankenCodeLines,
// markdown/fenced-code.ts, loaded first) and `code` are left alone. Runs in the
// browser (see start-script.ts).
window.kompetansebankenPreviewUnderscores = function previewUnderscores(markdown) {
  const inWord = /(?<=[\p{L}\p{N}])_+(?=[\p{L}\p{N}])/gu;
  const lines = markdown.split('\n');
  const code = window.kompetansebankenCodeLines(lines);
  return lines
    .map((line, i) =>
      code[i]
        ? line
        : line
            .split(/(`+[^`]*`+)/)
            .map((part, j) => (j % 2 === 1 ? part : part.replace(inWord, (run) => '\\_'.repeat(run.length))))
            .join(''),
    )
    .join('\n');
};
