// form-js answers a value that does not match a field's pattern with "Field must match pattern ^[A-Z0-9]...$."
// A regular expression tells a quality manager nothing; the field's description says in words what it takes
// (our forms describe every field that has a pattern), so the message quotes that instead.
const PATTERN_ERROR = /^Field must match pattern /;

// The text node's data is changed in place: form-js (Preact) keeps that node and sets its data again when the
// error changes, which brings the rewrite back through the observer below.
function explain(error) {
  const text = Array.from(error.childNodes).find(node => node.nodeType === Node.TEXT_NODE);
  if (!text || !PATTERN_ERROR.test(text.data)) {
    return;
  }
  const field = error.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const words = description ? description.textContent.trim().replace(/[.]$/, '') : '';
  text.data = words ? 'Not in the expected form. ' + words + '.' : 'Not in the expected form.';
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
