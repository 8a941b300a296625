/**
 * The app needs no browser permission (camera, notifications, clipboard-read,
 * geolocation, USB, ...): every session refuses them all, both when a page
 * asks (request) and when it probes (check), and device access too.
 */
import type { Session } from 'electron';

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
