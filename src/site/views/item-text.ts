/**
 * How the site prints a numbered item of the text — a measure, an item of 保障措施 — from the model's own characters:
 * the marker as written (1. / 1、 / １． / (一)) and the title sentence closed by its own mark (。 ？ ！), never a
 * marker rebuilt from the number or a 。 of the site's. Pure.
 */
import { FULL_STOP } from '../../domain/text/split.ts';

interface Titled {
  title: string;
  /** The mark that closes the title sentence, as written. */
  titleEnd: string;
}

/** The title sentence as the text writes it, with its closing mark: 突出发展富民产业。 */
export const titleSentence = (item: Titled): string => `${item.title}${item.titleEnd}`;

/**
 * The marker as it leads a heading: one that ends in an ASCII full stop (`1.`) gets a space before the title; a
 * full-width or Chinese one (`１．`, `1、`, `(一)`) carries its own.
 */
export const markerLead = (marker: string): string => (marker.endsWith('.') ? `${marker} ` : marker);

/** What a heading prints after the title: a heading drops a closing 。 but keeps ？ and ！, which say what it is. */
export const headingEnd = (titleEnd: string): string => (titleEnd === FULL_STOP ? '' : titleEnd);

/** A measure or safeguard item as a heading or link: `1. 突出发展富民产业`, `１．提高收入？`. */
export const itemHeading = (item: Titled & { marker: string }): string =>
  `${markerLead(item.marker)}${item.title}${headingEnd(item.titleEnd)}`;
