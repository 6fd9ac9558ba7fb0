// A line chart (Chart.js 4) for the server-side LineChart component: the server sets `labels`, `values` and
// `label`; the chart follows them. Only the parts of Chart.js a line chart needs are registered.
import { LitElement, html, css } from 'lit';
import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(CategoryScale, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip);

class CairnLineChart extends LitElement {
  static properties = {
    labels: { type: Array },
    values: { type: Array },
    label: { type: String },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      height: 14rem;
    }
  `;

  constructor() {
    super();
    this.labels = [];
    this.values = [];
    this.label = '';
  }

  render() {
    return html`<canvas role="img" aria-label=${this.label}></canvas>`;
  }

  updated() {
    const colour = getComputedStyle(this).getPropertyValue('--lumo-primary-color').trim() || '#1676f3';
    if (!this.chart) {
      this.chart = new Chart(this.renderRoot.querySelector('canvas'), {
        type: 'line',
        data: { labels: [], datasets: [{ label: '', data: [], borderColor: colour, fill: false, tension: 0.2 }] },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
    }
    this.chart.data.labels = this.labels;
    this.chart.data.datasets[0].data = this.values;
    this.chart.data.datasets[0].label = this.label;
    this.chart.update();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
    super.disconnectedCallback();
  }
}

customElements.define('cairn-line-chart', CairnLineChart);
