// form-js answers a value that does not match a field's pattern with "Field must match pattern ^[A-Z0-9]...$."
// A regular expression tells a quality manager nothing; the field's description says in words what it takes
// (our forms describe every field that has a pattern), so the message quotes that instead.
const PATTERN_ERROR = /^Field must match pattern /;

function explain(error) {
  if (!PATTERN_ERROR.test(error.textContent)) {
    return;
  }
  const field = error.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const words = description ? description.textContent.trim().replace(/[.]$/, '') : '';
  error.textContent = words ? 'Not in the expected form. ' + words + '.' : 'Not in the expected form.';
}

function explainAll(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(explain);
}

new MutationObserver(mutations => {
  mutations.forEach(mutation => {
    const node = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    if (node && node.closest) {
      explainAll(node.closest('.fjs-container') || node);
    }
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
