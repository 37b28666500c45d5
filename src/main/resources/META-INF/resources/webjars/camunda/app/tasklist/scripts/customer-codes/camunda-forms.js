// Makes Tasklist 7.24's Camunda Forms (form-js) keep what people type and say why Complete is disabled.
//
// 1. Input is committed on every keystroke. form-js debounces text, text area and number input by 300 ms,
//    and its number field commits its value a second time 300 ms after every commit, also after the flush
//    on leaving the field. That late commit re-renders the whole form, and a text field whose own
//    debounced input is still pending is written back to its last committed value: what someone typed
//    right after leaving a number field vanished ("PROC TEXT" became "TEXT"), or, typed quickly, all of
//    it ("Procedures" saved as null). With debouncing off no input is ever pending, so no render can
//    overwrite it, and the form's data is what the user sees when Complete is clicked.
// 2. Complete follows the errors the user can act on. Tasklist disables Complete when form-js reports
//    any key in its errors, and form-js keeps an empty entry for every edited field of a dynamic list
//    (and for fields of list items since removed), so Complete was disabled with nothing shown. A re-check
//    400 ms after the last input came too late for a click right after typing, and a number's late commit
//    disabled Complete again after it. Here every change of the form decides at once, from the messages
//    of the fields that exist, and names those fields next to the button.
// 3. Options that come with the form's data are loaded here. Tasklist 7.24 fetches no variables for a start
//    form, so a select with a `valuesKey` (the model code on the codeLifecycle start form) would offer nothing.
//    Known keys are fetched from our JSON with the user's Tasklist session and put into the form's initial
//    data, where form-js looks for them; form-js submits only its fields' values, so they are not sent back.
// form-js still validates everything when Complete is clicked, and the server checks every submission.
const CONTAINER = 'fjs-container';
const NOTICE = 'cc-form-blocked';
const DATA_NOTICE = 'cc-form-data-failed';

/** Where the options of each known `valuesKey` come from: a URL and how one entry becomes a {label, value}. */
const DATA_SOURCES = {
  publishedModelCodes: {
    url: '/manage/model-codes',
    option: code => ({label: `${code.title} (${code.key})`, value: code.key}),
    what: 'the published model codes'
  }
};

/**
 * The form-js instance rendered into this container and the component that renders its fields, found in
 * the tree Preact 10 keeps on the container (`__k`: children, `__c`: component); null before the schema
 * is imported.
 */
function formIn(container) {
  const pending = [{node: container.__k, owner: null}];
  while (pending.length) {
    const {node, owner} = pending.pop();
    if (!node) {
      continue;
    }
    const context = node.props && node.props.value;
    if (context && typeof context.getService === 'function' && owner) {
      return {form: context.getService('form', false), renderer: owner};
    }
    (node.__k || []).forEach(child => pending.push({node: child, owner: node.__c || owner}));
  }
  return null;
}

/** Fields that exist now and show an error message: [{label, domSuffix}]. */
function fieldsInError(form) {
  const fields = form.get('formFieldRegistry');
  const {data, errors} = form._getState();
  const found = [];
  form.get('formFieldInstanceRegistry').getAllKeyed().forEach(instance => {
    // The registry still lists the fields of a list item just removed; its data is gone.
    if (!exists(data, instance.valuePath.slice(0, -1))) {
      return;
    }
    const indexes = Object.values(instance.indexes || {});
    const messages = [instance.id, ...indexes].reduce((at, key) => at && at[key], errors);
    if (Array.isArray(messages) && messages.some(message => typeof message === 'string')) {
      found.push({label: labelOf(fields, instance.id, indexes), domSuffix: [instance.id, ...indexes].join('_')});
    }
  });
  return found;
}

function exists(data, path) {
  return path.reduce((at, key) => (at === undefined || at === null ? undefined : at[key]), data) !== undefined;
}

function labelOf(fields, id, indexes) {
  const field = fields.get(id);
  const lists = [];
  for (let parent = fields.get(field._parent); parent; parent = fields.get(parent._parent)) {
    if (parent.type === 'dynamiclist') {
      lists.unshift(parent.label || parent.path);
    }
  }
  const where = lists.map((list, i) => `${list} no. ${indexes[i] + 1}`).join(', ');
  const name = field.label || field.key;
  return where ? `${name} (${where})` : name;
}

/** Where the button is: the start dialog's footer, or the task form's actions. */
function actionsFor(container) {
  const dialog = container.closest('.modal-content');
  if (dialog) {
    return dialog.querySelector('.modal-footer');
  }
  const task = container.closest('[cam-tasklist-form]');
  return task && task.querySelector('.form-actions');
}

function showWhy(container, blocking) {
  const actions = actionsFor(container);
  if (!actions) {
    return;
  }
  let notice = actions.querySelector('.' + NOTICE);
  if (!blocking.length) {
    if (notice) {
      notice.remove();
    }
    return;
  }
  if (!notice) {
    notice = document.createElement('p');
    notice.className = NOTICE + ' text-danger';
    notice.setAttribute('role', 'alert');
    actions.insertBefore(notice, actions.firstChild);
  }
  notice.textContent = 'Fields to correct: ';
  blocking.forEach((field, i) => {
    const link = document.createElement('a');
    link.href = '';
    link.textContent = field.label;
    link.addEventListener('click', event => {
      event.preventDefault();
      const input = container.querySelector(`[id$="-${field.domSuffix}"]`);
      if (input) {
        input.scrollIntoView({block: 'center'});
        input.focus();
      }
    });
    notice.appendChild(document.createTextNode(i ? ', ' : ''));
    notice.appendChild(link);
  });
}

/** The fields, also inside groups, whose `valuesKey` DATA_SOURCES knows and the form's data lacks. */
function fieldsLackingData(form) {
  const {schema, initialData} = form._getState();
  const found = [];
  const visit = components => (components || []).forEach(component => {
    const key = component.valuesKey;
    if (key && DATA_SOURCES[key] && !(initialData && Array.isArray(initialData[key]))) {
      found.push({key, label: component.label || component.key});
    }
    visit(component.components);
  });
  visit(schema && schema.components);
  return found;
}

function supplyData(container, form) {
  fieldsLackingData(form).forEach(({key, label}) => {
    const source = DATA_SOURCES[key];
    fetch(source.url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => {
        if (!response.ok) {
          throw new Error(`the server answered ${response.status}`);
        }
        return response.json();
      })
      .then(entries => {
        const {initialData} = form._getState();
        // A new initialData object: form-js computes the options from it and renders the fields again.
        form._setState({initialData: {...initialData, [key]: entries.map(source.option)}});
      })
      .catch(error => showDataFailure(container, `${label}: ${source.what} could not be loaded (${error.message}),`
        + ' so there is nothing to choose from. Reload the page to try again, or go on without.'));
  });
}

/** Beside the buttons, where it stays in view; outside form-js's own elements, which it renders again at will. */
function showDataFailure(container, message) {
  const notice = document.createElement('p');
  notice.className = DATA_NOTICE + ' text-danger';
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  const actions = actionsFor(container);
  if (actions) {
    actions.insertBefore(notice, actions.firstChild);
  } else {
    container.parentNode.insertBefore(notice, container);
  }
}

const taken = new WeakSet();

function take(container) {
  const found = !taken.has(container) && formIn(container);
  if (!found) {
    return;
  }
  taken.add(container);
  const {form, renderer} = found;
  form.get('config').debounce = false;
  // The fields have rendered once with debounced handlers; render them again without.
  renderer.forceUpdate();
  // After Tasklist's own listener (priority 1000), which counts empty entries as errors.
  form.on('changed', 500, () => {
    const host = window.angular && window.angular.element(container).inheritedData('$camTasklistFormController');
    const blocking = fieldsInError(form);
    if (host) {
      host.notifyFormValidated(blocking.length > 0);
    }
    showWhy(container, blocking);
  });
  supplyData(container, form);
}

// Tasklist creates a form (again after Claim) and imports its schema; take it once its fields are there.
new MutationObserver(records => records.forEach(record => {
  const container = record.target.closest && record.target.closest('.' + CONTAINER);
  if (container) {
    take(container);
  }
})).observe(document.documentElement, {childList: true, subtree: true});

export default [];
