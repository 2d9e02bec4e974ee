package io.iprules.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.HttpInput;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's time limits: an evaluation on a bounded pool within the request timeout, and a request body that must
 * arrive within its time however slowly it trickles.
 *
 * <p>Why 503 for an evaluation over its time: the request was received and is valid as far as the server knows; it
 * is the server that would not finish it in the time it allows itself (408 says the client was too slow to send; 504
 * is a gateway's answer about another server). 408 is for a body that does not arrive in time: the client's delay.
 */
final class TimeLimits {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionServer.class);

    /**
     * The {@code Retry-After} of a 503 for a full pool: an evaluation takes milliseconds, so a second later the queue
     * has usually moved. Only that 503 has one: an evaluation over its time limit would take as long again, and a
     * stopping service closes the connection (a client retries elsewhere, or once it is back).
     */
    static final int BUSY_RETRY_AFTER_SECONDS = 1;

    /**
     * The {@code Retry-After} of a 503 for a batch over the most evaluated at once: a batch takes from seconds to
     * hours, so a place may not free for long; ten seconds keeps a waiting client from calling in a tight loop.
     */
    static final int BATCH_RETRY_AFTER_SECONDS = 10;

    private TimeLimits() {
    }

    /**
     * The pool evaluations run on, for a service that takes on {@code admitted} {@code POST}s at once
     * ({@link DecisionServer.Settings#maxRequests()}): max(4, 2 × cores) threads, so that evaluations which ignore the
     * interrupt of their timeout cannot pile up threads without end, and a place in the queue for every request taken
     * on, so that none of them is refused as a full pool (a queue of 16 a thread, with the threads 68 places on 2
     * cores, refused the 69th of the 125 taken on at once). A place for each, not {@code admitted} less the threads:
     * a thread whose evaluation has just answered its request may not have taken the next from the queue yet, and one
     * still running an evaluation cancelled at its time limit holds no request's place. The queue stays bounded: what
     * is over the limit waits, or is refused, before it reaches the pool ({@link Admission}). Daemon threads; an idle
     * one ends after a minute.
     */
    static ThreadPoolExecutor evaluationPool(int admitted) {
        return evaluationPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), admitted);
    }

    /** A pool of {@code threads} evaluation threads with {@code queued} places to wait in. */
    static ThreadPoolExecutor evaluationPool(int threads, int queued) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(queued), r -> {
                    Thread t = new Thread(r, "ip-rules-evaluate-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Runs {@code work} on {@code pool} and waits at most {@code limit} (the time in the queue included). Over it,
     * the work is cancelled — removed from the queue, or its thread interrupted — and the answer is 503; an
     * exception of the work is thrown as it is (an invalid request stays 400).
     */
    static <T> T within(ThreadPoolExecutor pool, Duration limit, String what, Callable<T> work) {
        FutureTask<T> future = new FutureTask<>(work);
        try {
            pool.execute(future);
        } catch (RejectedExecutionException e) {
            LOG.warn("{}: refused, all {} evaluation threads are busy and {} requests wait", what,
                    pool.getMaximumPoolSize(), pool.getQueue().size());
            throw new DecisionServer.Refusal(503, "服务繁忙:所有评估线程都在工作,等待队列已满;请稍后再试",
                    "the service is busy: every evaluation thread is taken and the queue is full; try again later",
                    BUSY_RETRY_AFTER_SECONDS);
        }
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (cancel(pool, future)) {
                LOG.warn("{}: no evaluation thread was free within the request timeout of {} ms; taken out of the"
                        + " queue", what, limit.toMillis());
            } else {
                LOG.warn("{}: evaluation took longer than the request timeout of {} ms; cancelled (its thread is"
                        + " interrupted)", what, limit.toMillis());
            }
            throw new DecisionServer.Refusal(503, "评估用时超过服务允许的时间(" + seconds(limit) + "),已取消",
                    "the evaluation took longer than the service allows (" + seconds(limit) + "); it was cancelled");
        } catch (InterruptedException e) {
            cancel(pool, future);
            Thread.currentThread().interrupt();
            throw DecisionServer.Refusal.stopping();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Takes {@code task} out of {@code pool}'s queue if it waits there, and cancels it, interrupting its thread if it
     * runs: cancelled alone, it stayed in the queue until a thread took it, holding a place that a new request was
     * then refused for (503, the queue full). Whether it was still waiting.
     */
    private static boolean cancel(ThreadPoolExecutor pool, FutureTask<?> task) {
        boolean waiting = pool.remove(task);
        task.cancel(true);
        return waiting;
    }

    /**
     * The request's body as a stream that fails with 408 when it has not all arrived within {@code total} (none:
     * only the idle timeout) or when the connection is silent for the idle timeout. While a read waits, the
     * connection's idle timeout is shortened to the time left, so that a client trickling a byte now and then, or
     * stopping altogether, is answered at the limit rather than at its next byte.
     */
    static InputStream body(Context ctx, Duration total, Duration idle) throws IOException {
        EndPoint endPoint = endPoint(ctx);
        long deadline = total == null ? Long.MAX_VALUE : System.nanoTime() + total.toNanos();
        String limit = total == null ? "the connection was silent for " + seconds(idle)
                : "the body did not arrive within " + seconds(total) + " (or the connection was silent for "
                + seconds(idle) + ")";
        String limitZh = total == null ? "连接已 " + seconds(idle) + " 没有数据"
                : "请求体未在 " + seconds(total) + " 内到达(或连接已 " + seconds(idle) + " 没有数据)";
        return new BodyFilter(ctx.req().getInputStream()) {
            @Override
            public void close() throws IOException {
                if (total != null && endPoint != null) {
                    endPoint.setIdleTimeout(idle.toMillis()); // the rest of the exchange, and the next, as before
                }
                super.close();
            }

            /**
             * The bytes ready, as the servlet's stream tells them, or 1 once Jetty holds the body's end or its
             * failure (content of no bytes), which a read returns at once. A batch answers the lines in hand before a
             * read that would wait: before one that fails (a body cut short), they would be answered and then cut
             * off, where the failure is a 400 while nothing has been answered. A body whose {@code Content-Length}
             * is declared is all sent before its answer is read, as a file is: 1 while bytes of it are still to
             * come, so that it is read in whole chunks and a body ending short of its length is always a 400 (its
             * end could otherwise arrive after a pause the lines before it had been answered in).
             */
            @Override
            public int available() throws IOException {
                int n = super.available();
                if (n == 0 && declared >= 0 && received < declared) {
                    return 1;
                }
                return n == 0 && in instanceof HttpInput jetty && jetty.hasContent() ? 1 : n;
            }

            private final long declared = ctx.req().getContentLengthLong();

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (total != null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw timeout(ctx, limitZh, limit);
                    }
                    if (endPoint != null) {
                        endPoint.setIdleTimeout(Math.max(1, Math.min(idle.toMillis(), (left + 999_999) / 1_000_000)));
                    }
                }
                try {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        received += n;
                    }
                    return n;
                } catch (IOException | RuntimeException e) {
                    if (timedOut(e)) {
                        throw timeout(ctx, limitZh, limit);
                    }
                    DecisionServer.Refusal refusal = brokenBody(ctx, e, received);
                    if (refusal != null) {
                        throw refusal;
                    }
                    throw e;
                }
            }

            private long received;
        };
    }

    /**
     * A body the client broke — it ended before its declared length or its last chunk (the connection closed), or
     * its framing is malformed — as a 400 refusal: the client's mistake, not the server's (never a 500), logged at
     * INFO; {@code null} for any other failure. Jetty reports the first as an {@link EofException} (its
     * {@code HttpEofException}, "Early EOF", which Jetty 12.1 also gives for a malformed chunk size), the second as
     * an {@link HttpException} with a 4xx code ({@code BadMessageException}). When the connection is gone, the
     * answer reaches no one, and the connection is closed: all there is to do. A batch whose answer had begun is
     * cut off instead ({@link #abortIfCommitted}).
     */
    static DecisionServer.Refusal brokenBody(Context ctx, Throwable failure, long received) {
        HttpException malformed = null;
        boolean early = false;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (malformed == null && t instanceof HttpException h && !(t instanceof EofException)
                    && h.getCode() >= 400 && h.getCode() < 500) {
                malformed = h;
            }
            early |= t instanceof EofException;
        }
        if (malformed == null && !early) {
            return null;
        }
        ctx.header("Connection", "close"); // the rest of the connection's bytes cannot be trusted to frame a request
        long declared = ctx.req().getContentLengthLong();
        DecisionServer.Refusal refusal;
        if (malformed != null) {
            String reason = malformed.getReason() == null ? String.valueOf(malformed.getCode()) : malformed.getReason();
            refusal = new DecisionServer.Refusal(400, "请求体格式错误(" + reason + "),收到 " + received
                    + " 字节后无法继续读取",
                    "the body is malformed (" + reason + "); it could not be read past its first " + received
                    + " bytes");
        } else if (declared >= 0) {
            refusal = new DecisionServer.Refusal(400, "请求体提前结束:Content-Length 声明 " + declared + " 字节,只收到 "
                    + received + " 字节", "the body ended early: " + received + " of the " + declared
                    + " bytes its Content-Length declares arrived");
        } else {
            // Jetty reports a malformed chunk size as an early end too: the answer names both
            refusal = new DecisionServer.Refusal(400, "请求体提前结束或分块编码有误:收到 " + received
                    + " 字节后中断,未收到最后一块",
                    "the body ended early or its chunked encoding is malformed: it broke off after " + received
                    + " bytes, before its last chunk");
        }
        LOG.info("{} {}: {} ({})", ctx.method(), ctx.path(), refusal.getMessage(), String.valueOf(failure));
        return refusal;
    }

    /** The request attribute marking an answer cut off after it began ({@link #abortIfCommitted}). */
    static final String CUT_OFF = TimeLimits.class.getName() + ".cutOff";

    /**
     * After a failure while the answer was already being sent (a batch streams its results): the response cannot
     * become a problem any more, so the exchange is aborted — the client sees the transfer broken off, without its
     * last chunk and trailer, never a complete-looking answer. Returns {@code false} when nothing was sent yet (the
     * failure then becomes a problem as usual).
     */
    static boolean abortIfCommitted(Context ctx, Throwable failure) {
        return abortIfCommitted(ctx, failure, "");
    }

    /**
     * As {@link #abortIfCommitted(Context, Throwable)}, its log line ending with {@code answered}: what of the
     * answer had been sent (a batch: how many of its lines were answered).
     */
    static boolean abortIfCommitted(Context ctx, Throwable failure, String answered) {
        if (!ctx.res().isCommitted()) {
            return false;
        }
        LOG.warn("{} {}: aborted after its answer began: {}{}", ctx.method(), ctx.path(), failure.getMessage(),
                answered);
        ctx.req().setAttribute(CUT_OFF, Boolean.TRUE); // its access-log line says so beside the 200 it began with
        // The connection is closed under the response (not the servlet channel aborted, which Javalin, still to
        // finish the exchange, would report as a failure of its own): nothing more reaches the client.
        EndPoint endPoint = endPoint(ctx);
        if (endPoint != null) {
            endPoint.close(failure);
        }
        return true;
    }

    private static DecisionServer.Refusal timeout(Context ctx, String limitZh, String limit) {
        ctx.header("Connection", "close");
        LOG.warn("{} {}: request timeout: {}", ctx.method(), ctx.path(), limit);
        return new DecisionServer.Refusal(408, "请求超时:" + limitZh, "request timeout: " + limit);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static EndPoint endPoint(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        return request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
