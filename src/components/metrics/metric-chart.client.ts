/**
 * `<cs-metric-chart>`: draws a chart only when it nears the viewport. This loader is all that pages
 * with charts download up front; Chart.js comes in a separate chunk on demand, and pages without
 * charts load neither.
 */
class MetricChartElement extends HTMLElement {
	/** The Chart.js instance once drawn (tests and debugging read it). */
	chart: unknown;
	#observer: IntersectionObserver | undefined;

	connectedCallback() {
		this.#observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				this.#observer?.disconnect();
				void this.#draw();
			},
			{ rootMargin: '200px 0px' }
		);
		this.#observer.observe(this);
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
	}

	async #draw() {
		const { drawMetricChart } = await import('./metric-chart.draw.ts');
		try {
			this.chart = drawMetricChart(this);
			this.dataset.drawn = '';
		} catch (error) {
			// The table under the canvas has every figure: a chart that cannot draw leaves it be.
			this.dataset.chartError = '';
			console.error(error);
		}
	}
}

customElements.define('cs-metric-chart', MetricChartElement);
