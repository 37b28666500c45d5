// Tasklist 7.24 disables "Complete" whenever form-js reports any key in its errors object. For a field
// inside a dynamic list, form-js keeps an empty entry (e.g. {Field_teamName: []}) once the field has
// been edited, even when the value is valid, so a user who adds a promise could never complete the
// task. After each edit this script asks the form again from what the user sees: if no field shows an
// error, the form is valid. form-js still validates everything on Complete, and the server validates
// again, so nothing invalid gets through.
const FORM = '.fjs-container';

function revalidate(container) {
  const angular = window.angular;
  if (!angular || !container.isConnected) {
    return;
  }
  const host = angular.element(container).inheritedData('$camTasklistFormController');
  if (host && container.querySelectorAll('.fjs-has-errors').length === 0) {
    const scope = angular.element(container).scope();
    host.notifyFormValidated(false);
    if (scope && scope.$root && !scope.$root.$$phase) {
      scope.$apply();
    }
  }
}

let pending;
function afterFormJs(event) {
  const container = event.target.closest && event.target.closest(FORM);
  if (!container) {
    return;
  }
  clearTimeout(pending);
  // form-js debounces text input (300 ms) before it validates and re-renders.
  pending = setTimeout(() => revalidate(container), 400);
}

['input', 'change', 'click', 'focusout'].forEach(type => document.addEventListener(type, afterFormJs, true));

export default [];
