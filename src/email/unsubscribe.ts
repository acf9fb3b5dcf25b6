/**
 * Where the mailing tool puts each recipient's unsubscribe link. Mailing tools
 * spell their merge tags differently (Mailchimp *|UNSUB|*, others
 * {{unsubscribe}}); set NEWSLETTER_UNSUBSCRIBE to the tag of the tool in use.
 */
export const unsubscribePlaceholder = process.env.NEWSLETTER_UNSUBSCRIBE ?? '{{unsubscribe}}';
