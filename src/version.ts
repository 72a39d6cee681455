export const VERSION = '0.1.0';

/**
 * This version's published files (schemas, rule docs), at a URL that never changes: for links
 * that must outlive the machine that wrote them, such as a plan's $schema or SARIF's helpUri.
 */
export const PUBLISHED_FILES = `https://unpkg.com/pmcheck@${VERSION}/`;
