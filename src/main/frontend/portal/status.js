// The status page (/status/{token}): renders the applicant's open task with its own Camunda
// Form (the file caseworkers see in Tasklist) and completes it.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';
import { setUpDocuments } from './documents.js';

const MESSAGES = {
  invalid: 'Bitte prüfen Sie die markierten Felder.',
  network: 'Ihre Angaben konnten nicht übermittelt werden. Bitte prüfen Sie Ihre'
    + ' Internetverbindung und versuchen Sie es erneut.',
  tooMany: 'Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Bitte warten Sie einen'
    + ' Moment und versuchen Sie es dann erneut.',
  server: 'Beim Übermitteln ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  loading: 'Das Formular konnte nicht geladen werden. Bitte laden Sie die Seite neu.'
};

const container = document.getElementById('aufgabe-formular');
const submitButton = document.getElementById('aufgabe-senden');
const errorBox = document.getElementById('aufgabe-fehler');
const done = document.getElementById('aufgabe-erledigt');

function showErrors(message, fieldErrors) {
  errorBox.replaceChildren();
  const heading = document.createElement('p');
  heading.textContent = message;
  errorBox.append(heading);
  if (fieldErrors && fieldErrors.length) {
    const list = document.createElement('ul');
    for (const error of fieldErrors) {
      const item = document.createElement('li');
      item.textContent = error.message;
      list.append(item);
    }
    errorBox.append(list);
  }
  errorBox.hidden = false;
  errorBox.focus();
}

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
    } else if (response.status === 400 || response.status === 404) {
      const answer = await response.json();
      showErrors(answer.message, answer.errors);
    } else if (response.status === 429) {
      showErrors(MESSAGES.tooMany);
    } else {
      showErrors(MESSAGES.server);
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
