/**
 * The one module that imports vis-timeline, loaded dynamically by vis.ts (and bundled into the benchmark's bare
 * page, so both measure the same library). It takes vis-timeline's ES build with its peers — vis-data's DataSet
 * and moment — rather than the standalone bundle: the standalone one carries core-js polyfills for old
 * browsers, and evaluating them was most of the library's start-up on the timeline page (issue 13).
 */
export { Timeline } from 'vis-timeline/esnext';
export { DataSet } from 'vis-data/esnext';
export { default as moment } from 'moment';
