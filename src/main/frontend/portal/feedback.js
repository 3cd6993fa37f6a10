// What the portal's pages tell the applicant when something goes wrong: one place for the
// German messages and for the error box (announced to screen readers, focused).

export const MESSAGES = {
  invalid: 'Bitte prüfen Sie die markierten Felder.',
  network: 'Ihre Angaben konnten nicht übermittelt werden. Bitte prüfen Sie Ihre'
    + ' Internetverbindung und versuchen Sie es erneut.',
  tooMany: 'Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Bitte warten Sie einen'
    + ' Moment und versuchen Sie es dann erneut.',
  server: 'Beim Übermitteln ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  loading: 'Das Formular konnte nicht geladen werden. Bitte laden Sie die Seite neu.'
};

/** Shows a message and the field errors of an answer of the project API in the box. */
export function showErrors(box, message, fieldErrors) {
  box.replaceChildren();
  const heading = document.createElement('p');
  heading.textContent = message;
  box.append(heading);
  if (fieldErrors && fieldErrors.length) {
    const list = document.createElement('ul');
    for (const error of fieldErrors) {
      const item = document.createElement('li');
      item.textContent = error.message;
      list.append(item);
    }
    box.append(list);
  }
  box.hidden = false;
  box.focus();
}

/**
 * Shows why the project API refused a request: its German message for 400 and 404, the
 * rate-limit message for 429, a general one otherwise.
 */
export async function showRefusal(box, response) {
  if (response.status === 400 || response.status === 404) {
    const answer = await response.json();
    showErrors(box, answer.message, answer.errors);
  } else if (response.status === 429) {
    showErrors(box, MESSAGES.tooMany);
  } else {
    showErrors(box, MESSAGES.server);
  }
}
