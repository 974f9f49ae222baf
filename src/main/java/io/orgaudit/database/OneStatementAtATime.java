package io.orgaudit.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The H2 connections under the pool, whose calls into the engine are taken one at a time per database file in this
 * process (see {@link H2CrashSafety} for why): opening a session, every statement, commit, rollback, close, and the
 * rest of the connection's and statements' methods. Transactions still interleave; only the calls take turns.
 * Reading a result set is not a turn (it does not change the store); orgaudit's result sets are not updatable.
 *
 * <p>A statement that meets a row another open transaction holds must not wait for it while holding the turn: that
 * transaction could never commit. H2 gives up after {@link H2CrashSafety#LOCK_TIMEOUT_MILLIS} (rolling back that
 * statement only), and the statement is run again after the others have had their turn, for up to
 * {@link #ROW_WAIT_BUDGET_MILLIS} in all.
 */
final class OneStatementAtATime implements DataSource {

    static final long ROW_WAIT_BUDGET_MILLIS = 60_000;
    /** H2's "Timeout trying to lock table": another open transaction holds the row. */
    private static final int LOCK_TIMEOUT = 50200;
    private static final Set<String> NOT_TURNS = Set.of("cancel", "isClosed", "toString", "getWarnings",
            "clearWarnings");
    private static final Set<String> STATEMENTS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement",
            "prepareCall");
    /** One turn per database file: two pools on one file in one JVM (tests) share the engine. */
    private static final Map<Path, ReentrantLock> TURNS = new ConcurrentHashMap<>();

    private final DataSource target;
    private final ReentrantLock turn;
    private volatile int loginTimeoutSeconds;

    OneStatementAtATime(DataSource target, Path databaseFile) {
        this.target = target;
        this.turn = TURNS.computeIfAbsent(databaseFile, file -> new ReentrantLock());
    }

    @Override
    public Connection getConnection() throws SQLException {
        turn.lock();
        try {
            return wrap(target.getConnection(), Connection.class);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        turn.lock();
        try {
            return wrap(target.getConnection(username, password), Connection.class);
        } finally {
            turn.unlock();
        }
    }

    private <T> T wrap(T target, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new InTurn(target)));
    }

    /** Calls the target in turn; statements a connection makes are wrapped too. */
    private final class InTurn implements InvocationHandler {

        private final Object target;

        InTurn(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "unwrap":
                    if (args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                default:
                    break;
            }
            Object result = NOT_TURNS.contains(name) ? call(method, args)
                    : STATEMENTS.contains(name) ? inTurnWaitingForRows(method, args) : inTurn(method, args);
            if (result instanceof Statement statement && STATEMENT_FACTORIES.contains(name)) {
                return statement instanceof CallableStatement callable ? wrap(callable, CallableStatement.class)
                        : statement instanceof PreparedStatement prepared ? wrap(prepared, PreparedStatement.class)
                        : wrap(statement, Statement.class);
            }
            return result;
        }

        private Object inTurn(Method method, Object[] args) throws Throwable {
            turn.lock();
            try {
                return call(method, args);
            } finally {
                turn.unlock();
            }
        }

        private Object inTurnWaitingForRows(Method method, Object[] args) throws Throwable {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ROW_WAIT_BUDGET_MILLIS);
            for (int attempt = 1; ; attempt++) {
                try {
                    return inTurn(method, args);
                } catch (SQLException e) {
                    if (e.getErrorCode() != LOCK_TIMEOUT || System.nanoTime() > deadline) {
                        throw e;
                    }
                }
                Thread.sleep(Math.min(50, attempt)); // the row's holder takes its turns meanwhile
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    /**
     * Kept here: Spring's DriverManagerDataSource refuses to take one and reports 0, and Hikari waits that long, no
     * time at all, for a connection still being opened when the pool shuts down, then warns.
     */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
