// The applicant's submission page (/gesuch): renders the very .form that Tasklist renders
// (application-submission) with form-js, and submits it to the project's JSON API.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';
import { setUpDocuments } from './documents.js';
import { MESSAGES, showErrors as showErrorsIn, showRefusal } from './feedback.js';

const container = document.getElementById('gesuch-formular');
const submitButton = document.getElementById('gesuch-einreichen');
const errorBox = document.getElementById('gesuch-fehler');
const showErrors = (message, fieldErrors) => showErrorsIn(errorBox, message, fieldErrors);
const confirmation = document.getElementById('gesuch-bestaetigung');

function showConfirmation(answer) {
  document.getElementById('bestaetigung-aktenzeichen').textContent = answer.reference;
  const link = document.getElementById('bestaetigung-statuslink');
  link.textContent = answer.statusUrl;
  link.href = answer.statusUrl;
  container.hidden = true;
  submitButton.hidden = true;
  errorBox.hidden = true;
  confirmation.hidden = false;
  setUpDocuments(document.getElementById('dokumente'),
    new URL(answer.statusUrl).pathname + '/documents');
  confirmation.focus();
  window.scrollTo(0, 0);
}

async function submit(form) {
  const { data, errors } = form.submit();
  if (Object.keys(errors).length) {
    showErrors(MESSAGES.invalid);
    return;
  }
  submitButton.disabled = true;
  try {
    const response = await fetch(container.dataset.submitUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(data)
    });
    if (response.status === 201) {
      showConfirmation(await response.json());
    } else {
      await showRefusal(errorBox, response);
    }
  } catch (e) {
    showErrors(MESSAGES.network);
  } finally {
    submitButton.disabled = false;
  }
}

async function start() {
  try {
    const response = await fetch(container.dataset.schemaUrl, {
      headers: { 'Accept': 'application/json' }
    });
    const schema = await response.json();
    const form = new Form({ container });
    await form.importSchema(schema, {});
    submitButton.addEventListener('click', () => submit(form));
    submitButton.hidden = false;
  } catch (e) {
    showErrors(MESSAGES.loading);
  }
}

start();
