// Stands for Electron's Session (main process): stores the permission
// handlers the shell installs so a test can ask them what they decide.
import type { Session } from 'electron';

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<Session['setDevicePermissionHandler']>[0];

export class FakeSession implements Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> {
  requestHandler: RequestHandler = null;
  checkHandler: CheckHandler = null;
  deviceHandler: DeviceHandler = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler;
  }

  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.deviceHandler = handler;
  }
}
