/**
 * Entry point of the Electron shell (bundled to dist/electron/main.cjs, with
 * `electron` and `keytar` left external). The only file that loads `electron`.
 */
import * as electron from 'electron';
import { composeElectronServices } from './compose';
import { runElectronApp, shellPaths } from './run-app';
import { dataDirOverride } from '../core/app/data-dir';

runElectronApp(electron, { paths: shellPaths(__dirname), compose: composeElectronServices, dataDir: dataDirOverride(process.argv) });
