/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The case being rendered, for the author-facing components `<Metric>` and `<MetricChart>`. */
		caseView?: import('./lib/cases/case-view.ts').CaseView;
	}
}
