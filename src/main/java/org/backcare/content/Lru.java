package org.backcare.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small in-memory cache that forgets the least recently used entry when full. For values that never go stale
 * under their key (the key names the revision or version they were made from), so nothing needs invalidating.
 */
final class Lru<K, V> {

	private final Map<K, V> entries;

	Lru(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		};
	}

	V get(K key, Supplier<V> make) {
		synchronized (entries) {
			V known = entries.get(key);
			if (known != null) {
				return known;
			}
		}
		// Made outside the lock: two first readers may both make it, which is harmless.
		V made = make.get();
		synchronized (entries) {
			entries.put(key, made);
		}
		return made;
	}
}
