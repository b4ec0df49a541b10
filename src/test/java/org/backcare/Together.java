package org.backcare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** For race tests: runs each task on its own thread, all released at the same moment. */
public final class Together {

	private Together() {
	}

	/** What the tasks returned, in the tasks' order. */
	public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		try {
			var ready = new CountDownLatch(tasks.size());
			var start = new CountDownLatch(1);
			List<Future<T>> answers = new ArrayList<>();
			for (Callable<T> task : tasks) {
				answers.add(threads.submit(() -> {
					ready.countDown();
					start.await();
					return task.call();
				}));
			}
			ready.await();
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}
}
