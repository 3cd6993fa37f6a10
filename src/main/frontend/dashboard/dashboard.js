// The programme dashboard's charts (Chart.js), drawn from the page's own figures
// (GET /dashboard/data?year=). No inline script: the page's CSP allows only 'self'.
// Every chart has its figures in the table below it.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = { paid: '#00529c', reserved: '#f5a000', available: '#8cc63f', running: '#00529c',
  ended: '#8a8a8a', overdue: '#b00020' };

const chf = new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' });

function bar(id, labels, datasets, options = {}) {
  const canvas = document.getElementById(id);
  if (!canvas) return null;
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: Object.assign({
      animation: false,
      locale: 'de-CH',
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
    }, options)
  });
}

function draw(figures) {
  const budgets = figures.budgets;
  bar('diagramm-budgets', budgets.map(b => `${b.officeName} (${b.source})`), [
    { label: 'Ausbezahlt', data: budgets.map(b => Number(b.paid)), backgroundColor: COLOURS.paid },
    { label: 'Reserviert', data: budgets.map(b => Number(b.reserved)),
      backgroundColor: COLOURS.reserved },
    { label: 'Verfügbar', data: budgets.map(b => Number(b.available)),
      backgroundColor: COLOURS.available }
  ], {
    indexAxis: 'y',
    plugins: {
      legend: { display: true },
      tooltip: { callbacks: { label: c => `${c.dataset.label}: ${chf.format(c.parsed.x)}` } }
    },
    scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } }
  });

  const stages = figures.stages;
  bar('diagramm-faelle', stages.map(s => s.stage), [{
    label: 'Fälle',
    data: stages.map(s => s.cases),
    backgroundColor: stages.map(s => (s.running ? COLOURS.running : COLOURS.ended))
  }]);

  const overdue = figures.overdueTasks;
  bar('diagramm-ueberfaellig', overdue.map(o => o.officeName), [{
    label: 'Überfällige Aufgaben', data: overdue.map(o => o.tasks),
    backgroundColor: COLOURS.overdue
  }]);
  document.body.dataset.diagramme = 'gezeichnet';
}

const main = document.getElementById('inhalt');
const url = main && main.dataset.figuresUrl;
if (url) {
  fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then(draw)
    .catch(error => {
      const note = document.createElement('p');
      note.className = 'fehler';
      note.setAttribute('role', 'alert');
      note.textContent = 'Die Diagramme konnten nicht geladen werden. Die Zahlen stehen in den Tabellen.';
      main.insertBefore(note, main.children[1]);
      console.error(error);
    });
}
