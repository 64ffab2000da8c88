export declare const PACKAGE_VERSION: string;
export declare const versionDefine: { __JIHA_VERSION__: string };
