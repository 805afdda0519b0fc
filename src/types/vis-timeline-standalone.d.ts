/**
 * vis-timeline's package.json points "./standalone" at the peer build's declarations, which lack what the
 * standalone bundle adds (its own DataSet and moment): this describes what the bundle really exports.
 */
declare module 'vis-timeline/standalone' {
  export * from 'vis-timeline';
  export { DataSet } from 'vis-data';
  export { default as moment } from 'moment';
}
