// Uploading the applicant's documents (budget, statutes, concept) under the status link, and
// listing those already uploaded. Used after the submission and on the status page.

const TYPES = 'PDF, PNG, JPEG, Word (DOCX) oder Excel (XLSX)';

function sizeText(bytes) {
  return bytes >= 1024 * 1024
    ? (bytes / 1024 / 1024).toFixed(1).replace('.', ',') + ' MB'
    : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

export function setUpDocuments(section, documentsUrl) {
  const list = section.querySelector('.dokumente-liste');
  const input = section.querySelector('input[type=file]');
  const button = section.querySelector('.dokumente-hochladen');
  const message = section.querySelector('.dokumente-meldung');

  function show(documents) {
    list.replaceChildren();
    for (const document_ of documents) {
      const item = document.createElement('li');
      item.textContent = document_.fileName + ' (' + sizeText(document_.size) + ')';
      list.append(item);
    }
    list.hidden = documents.length === 0;
  }

  function tell(text, isError) {
    message.textContent = text;
    message.classList.toggle('fehler', !!isError);
    message.hidden = !text;
  }

  async function load() {
    const response = await fetch(documentsUrl, { headers: { 'Accept': 'application/json' } });
    if (response.ok) {
      show(await response.json());
    }
  }

  button.addEventListener('click', async () => {
    if (!input.files.length) {
      tell('Bitte wählen Sie zuerst eine oder mehrere Dateien aus (' + TYPES + ').', true);
      input.focus();
      return;
    }
    const body = new FormData();
    for (const file of input.files) {
      body.append('file', file, file.name);
    }
    button.disabled = true;
    tell('Die Dateien werden hochgeladen …');
    try {
      const response = await fetch(documentsUrl, {
        method: 'POST', body, headers: { 'Accept': 'application/json' }
      });
      if (response.status === 201) {
        const stored = await response.json();
        input.value = '';
        tell(stored.length === 1 ? 'Die Datei ist hochgeladen.'
          : stored.length + ' Dateien sind hochgeladen.');
        await load();
      } else if (response.status === 429) {
        tell('Sie haben in kurzer Zeit sehr viele Dateien gesendet. Bitte warten Sie einen'
          + ' Moment und versuchen Sie es dann erneut.', true);
      } else {
        let answer = null;
        try { answer = await response.json(); } catch (e) { /* not JSON */ }
        const details = answer && answer.errors && answer.errors.length > 1
          ? ' ' + answer.errors.map(error => error.message).join(' ') : '';
        tell(answer && answer.message ? answer.message + details
          : 'Die Dateien konnten nicht hochgeladen werden. Bitte versuchen Sie es erneut.', true);
      }
    } catch (e) {
      tell('Die Dateien konnten nicht übermittelt werden. Bitte prüfen Sie Ihre'
        + ' Internetverbindung und versuchen Sie es erneut.', true);
    } finally {
      button.disabled = false;
    }
  });

  section.hidden = false;
  load();
}
