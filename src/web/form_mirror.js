// The page's native form, kept in step with the advisor both ways (pasted into the program with
// --pre-js, like pre.js). The core writes the form and the result (page_html.h); the build
// prerenders them into the page, so they are there before the wasm runs. This file only moves
// answers and focus between the form and the app: an answer given in the form (keyboard, screen
// reader, switch or voice control) goes to the app as the visitor's; the app's answers and result
// come back after every change. Without WebGL 2 the same form and result are the whole advisor.

var saForm = (function () {
  var form = null;
  var result = null;
  var syncing = false;  // while the app's answers are written into the form

  function fieldsets() {
    return form ? form.querySelectorAll('fieldset[data-question]') : [];
  }

  // The answer a control holds, or undefined when it holds none the app could take.
  function valueOf(control) {
    if (control.type === 'radio') return control.checked ? control.value : undefined;
    if (control.value.trim() === '') return undefined;
    var number = Number(control.value);
    var min = Number(control.min), max = Number(control.max);
    if (!Number.isInteger(number) || number < min || number > max) return undefined;
    return number;
  }

  function send(answers) {
    var text = JSON.stringify(answers);
    saWithUTF8(text, function (pointer) { _sa_form_answers(pointer); });
  }

  function onAnswer(event) {
    var control = event.target;
    if (syncing || !control.name || control.type === 'checkbox') return;
    var value = valueOf(control);
    if (value === undefined) return;
    var answers = {};
    answers[control.name] = value;
    send(answers);
  }

  // The question and option of a control, for the canvas's focus ring.
  function onFocus(event) {
    var control = event.target;
    var action = control.getAttribute && control.getAttribute('data-action');
    if (action) {  // a button of the page: the canvas rings its own button
      saWithUTF8('@' + action + '\n', function (pointer) { _sa_form_focus(pointer); });
      return;
    }
    var fieldset = control.closest && control.closest('fieldset[data-question]');
    if (!fieldset || !form.contains(fieldset)) return;
    var option = control.type === 'radio' ? control.value : '';
    saWithUTF8(fieldset.getAttribute('data-question') + '\n' + option, function (pointer) {
      _sa_form_focus(pointer);
    });
  }

  function onBlur(event) {
    var page = document.getElementById('sa-page');
    if (event.relatedTarget && page && page.contains(event.relatedTarget)) return;
    saWithUTF8('\n', function (pointer) { _sa_form_focus(pointer); });
  }

  // Answers given in the prerendered form before the app ran are the visitor's: keep them.
  function answersGivenEarly() {
    var answers = {}, any = false;
    fieldsets().forEach(function (fieldset) {
      fieldset.querySelectorAll('input').forEach(function (control) {
        var changed = control.type === 'radio' ? control.checked && !control.defaultChecked
                                               : control.value !== control.defaultValue;
        var value = valueOf(control);
        if (changed && value !== undefined) {
          answers[control.name] = value;
          any = true;
        }
      });
    });
    return any ? answers : null;
  }

  return {
    // Takes the form and result elements; fills them from `formHtml` when the page has no
    // prerendered form. Returns answers given before the app ran (or null).
    'install': function (formHtml) {
      form = document.getElementById('sa-form');
      result = document.getElementById('sa-result');
      if (!form) return null;
      var early = answersGivenEarly();
      if (!form.querySelector('fieldset[data-question]')) form.innerHTML = formHtml;
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      form.addEventListener('change', onAnswer);
      form.addEventListener('input', function (event) {
        if (event.target.type === 'range') onAnswer(event);
      });
      var page = document.getElementById('sa-page') || form;
      page.addEventListener('focusin', onFocus);
      page.addEventListener('focusout', onBlur);
      var select = page.querySelector('select[data-setting="language"]');
      if (select) select.addEventListener('change', function () {
        saWithUTF8(select.value, function (pointer) { _sa_form_language(pointer); });
      });
      return early;
    },

    // The app's answers (page_html.h formStateJson) and result HTML, after every change.
    'sync': function (state, resultHtml) {
      if (!form) return;
      syncing = true;
      try {
        fieldsets().forEach(function (fieldset) {
          var id = fieldset.getAttribute('data-question');
          fieldset.hidden = state['asked'][id] === false;
          fieldset.querySelectorAll('input').forEach(function (control) {
            if (control.type === 'radio') {
              control.checked = control.value === state['answers'][id];
            } else if (valueOf(control) !== state['answers'][id] &&
                       !(document.activeElement === control && valueOf(control) === undefined)) {
              control.value = String(state['answers'][id]);
            }
            if (control.type === 'range') {
              control.setAttribute('aria-valuetext', state['text'][id]);
              var output = fieldset.querySelector('output');
              if (output) output.textContent = state['text'][id];
            }
          });
        });
      } finally {
        syncing = false;
      }
      if (result && resultHtml !== null) {
        var ticked = {};
        result.querySelectorAll('input[type=checkbox]').forEach(function (box) {
          ticked[box.id] = box.checked;
        });
        result.innerHTML = resultHtml;
        result.querySelectorAll('input[type=checkbox]').forEach(function (box) {
          if (ticked[box.id]) box.checked = true;
        });
      }
    },

    // The page in another language (the app's appPageTextsJson and form): <html lang>, the
    // header's words, the switch, the form (its answers come with the next sync) and the result.
    'relabel': function (texts, formHtml) {
      document.documentElement.lang = texts['lang'];
      var page = document.getElementById('sa-page');
      if (!page) return;
      var intro = page.querySelector('.sa-intro');
      if (intro) intro.textContent = texts['intro'];
      var actions = page.querySelector('.sa-actions');
      if (actions) actions.setAttribute('aria-label', texts['actions']);
      page.querySelectorAll('header [data-action]').forEach(function (button) {
        var label = texts['buttons'][button.getAttribute('data-action')];
        if (label) button.textContent = label;
      });
      if (form) form.setAttribute('aria-label', texts['questionnaire']);
      if (result) result.setAttribute('aria-label', texts['result']);
      var select = page.querySelector('select[data-setting="language"]');
      if (select) {
        var label = page.querySelector('label[for="' + select.id + '"]');
        if (label) label.textContent = texts['language_label'];
        select.replaceChildren.apply(select, texts['languages'].map(function (language) {
          var option = document.createElement('option');
          option.value = language['code'];
          option.textContent = language['name'];
          option.lang = language['code'];
          option.selected = language['code'] === texts['lang'];
          return option;
        }));
      }
      if (form) {
        var focused = document.activeElement;
        var refocus = focused && form.contains(focused) && focused.name
            ? { name: focused.name, value: focused.value, type: focused.type } : null;
        form.innerHTML = formHtml;
        if (refocus) {
          var selector = 'input[name="' + CSS.escape(refocus.name) + '"]' +
              (refocus.type === 'radio' ? '[value="' + CSS.escape(refocus.value) + '"]' : '');
          var again = form.querySelector(selector);
          if (again) again.focus({ 'preventScroll': true });
        }
      }
    },

    // A click on the canvas answered question `id` (option `value`): the keyboard continues from
    // the matching control.
    'focusControl': function (id, value) {
      if (!form) return;
      var fieldset = form.querySelector('fieldset[data-question="' + CSS.escape(id) + '"]');
      if (!fieldset) return;
      var control = value ? fieldset.querySelector('input[value="' + CSS.escape(value) + '"]')
                          : fieldset.querySelector('input');
      if (control && document.activeElement !== control) control.focus({ 'preventScroll': true });
    },
  };
})();
