// The status page (/status/{token}): renders the applicant's open task with its own Camunda
// Form (the file caseworkers see in Tasklist) and completes it.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';
import { setUpDocuments } from './documents.js';
import { MESSAGES, showErrors as showErrorsIn, showRefusal } from './feedback.js';

const container = document.getElementById('aufgabe-formular');
const submitButton = document.getElementById('aufgabe-senden');
const errorBox = document.getElementById('aufgabe-fehler');
const showErrors = (message, fieldErrors) => showErrorsIn(errorBox, message, fieldErrors);
const done = document.getElementById('aufgabe-erledigt');

async function submit(form, task) {
  const { data, errors } = form.submit();
  if (Object.keys(errors).length) {
    showErrors(MESSAGES.invalid);
    return;
  }
  submitButton.disabled = true;
  try {
    const response = await fetch(container.dataset.taskUrl + '/' + encodeURIComponent(task.taskId), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(data)
    });
    if (response.status === 204) {
      container.hidden = true;
      submitButton.hidden = true;
      errorBox.hidden = true;
      done.hidden = false;
      done.focus();
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
  const documents = document.getElementById('dokumente');
  if (documents) {
    setUpDocuments(documents, documents.dataset.documentsUrl);
  }
  if (!container) {
    return;
  }
  try {
    const response = await fetch(container.dataset.taskUrl, {
      headers: { 'Accept': 'application/json' }
    });
    if (response.status !== 200) {
      showErrors((await response.json()).message);
      return;
    }
    const task = await response.json();
    const form = new Form({ container });
    await form.importSchema(task.schema, task.data);
    document.getElementById('aufgabe-punkte').hidden = true;
    submitButton.addEventListener('click', () => submit(form, task));
    submitButton.hidden = false;
  } catch (e) {
    showErrors(MESSAGES.loading);
  }
}

start();
