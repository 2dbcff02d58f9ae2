/** Documents generated from a checked pack: the quality gate, a monthly status update, new briefs. */
export { qualityGate, qualityGateMarkdown } from './qualityGate';
export { portfolioQuality, portfolioQualityMarkdown } from './portfolioQuality';
export type { MemberQuality, PortfolioQuality } from './portfolioQuality';
export type { Criterion, Dimension, DimensionName, QualityGate } from './qualityGate';
export { QUALITY_DIMENSIONS } from './qualityTypes';
export { statusUpdate } from './statusUpdate';
export type { CalendarMonth } from './calendarMonth';
export { briefTemplate } from './briefTemplate';
export type { BriefFile } from './briefTemplate';
export { addBriefEdit, applyTextEdit } from './briefEdit';
