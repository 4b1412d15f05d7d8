// Unit tests of storage run against an in-memory IndexedDB (fake-indexeddb); DOM tests opt into jsdom
// with a `// @vitest-environment jsdom` comment.
import 'fake-indexeddb/auto';
