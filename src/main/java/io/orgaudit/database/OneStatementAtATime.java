package io.orgaudit.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source whose connections run one statement, commit or rollback at a time per database in this process
 * (see {@link H2CrashSafety} for why). Transactions still interleave; only the calls into the database engine are
 * taken in turn. Results are read outside the turn: reading does not change the store.
 */
final class OneStatementAtATime implements DataSource, AutoCloseable {

    /** Statement and connection calls that reach the engine's maps. */
    private static final Set<String> ENGINE_CALLS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch", "commit", "rollback", "setAutoCommit",
            "close", "releaseSavepoint", "setSavepoint");
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement",
            "prepareCall");
    /** One turn per database URL: two pools on one file in one JVM (tests) share the engine. */
    private static final Map<String, ReentrantLock> TURNS = new ConcurrentHashMap<>();

    private final DataSource target;
    private final ReentrantLock turn;

    OneStatementAtATime(DataSource target, String url) {
        this.target = target;
        this.turn = TURNS.computeIfAbsent(url, u -> new ReentrantLock());
    }

    DataSource target() {
        return target;
    }

    /** Closes the pool (the application context calls it on shutdown, as it would the pool's own close). */
    @Override
    public void close() throws Exception {
        if (target instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(target.getConnection(username, password));
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new InTurn(connection, true));
    }

    /** Calls the target, in turn for the calls that reach the engine; statements it makes are wrapped too. */
    private final class InTurn implements InvocationHandler {

        private final Object target;
        private final boolean isConnection;

        InTurn(Object target, boolean isConnection) {
            this.target = target;
            this.isConnection = isConnection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                return proxy;
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            boolean inTurn = ENGINE_CALLS.contains(name);
            if (inTurn) {
                turn.lock();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (inTurn) {
                    turn.unlock();
                }
            }
            if (isConnection && STATEMENT_FACTORIES.contains(name) && result instanceof Statement statement) {
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        new InTurn(statement, false));
            }
            return result;
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

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
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
