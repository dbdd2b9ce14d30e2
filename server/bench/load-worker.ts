import { load, LoadOptions } from './dashboard-load';

/**
 * A load generator in its own process, so two clients (a victim and an attacker) do not share
 * one event loop: the parent sends LoadOptions, gets LoadFigures back, and the worker exits.
 */
process.once('message', (options: LoadOptions) => {
  load(options).then(
    (figures) => {
      process.send!(figures, () => process.exit(0));
    },
    (error: Error) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
