import pkg from '../../package.json';

export const VERSION: string = pkg.version;
export const GENERATOR = `policy-lens ${VERSION}`;
