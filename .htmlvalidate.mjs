// html-validate: the recommended rules, with these exceptions.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows ids that start with a digit; headings like «2009: En ny giv» get one.
    'valid-id': ['error', { relaxed: true }],
    // Report and project titles are long in Norwegian; titles keep the site name for orientation.
    'long-title': ['error', { maxlength: 120 }],
    // Astro's output formatting, not markup errors.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
  },
};
