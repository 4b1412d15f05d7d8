/**
 * The app's version, written into every exported file (`app.version`) so that a file refused as too new
 * can name the version needed. Kept equal to package.json's version by a unit test.
 */
export const APP_VERSION = '0.1.0';
