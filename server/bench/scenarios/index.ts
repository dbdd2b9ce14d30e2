import { Scenario } from '../harness/scenario';
import { ingest } from './ingest';
import { pay } from './pay';
import { dashboard } from './dashboard';
import { pendingPayments } from './pending-payments';
import { csvExport } from './export';
import { approve } from './approve';
import { abuse } from './abuse';

/** Every scenario `npm run bench` runs, in this order (issue 9's table, then issue 8.2's abuse scenario). Add yours here. */
export const scenarios: Scenario[] = [ingest, pay, dashboard, pendingPayments, csvExport, approve, abuse];
