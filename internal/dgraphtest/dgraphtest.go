// Package dgraphtest gives a test binary one real Dgraph, shared by all its
// tests. Use it from TestMain:
//
//	func TestMain(m *testing.M) { dgraphtest.Main(m) }
//
// and connect to dgraphtest.AlphaAddr() (gRPC) or dgraphtest.HTTPAddr().
//
// When NEWSGRAPH_TEST_ALPHA is set (scripts/test sets it after starting one
// cluster for the whole run) that alpha is used as it is, together with
// NEWSGRAPH_TEST_HTTP, NEWSGRAPH_TEST_DGRAPH_BIN and
// NEWSGRAPH_TEST_PORT_OFFSET. Otherwise Main starts the managed cluster
// (package cluster) with the default newsgraph home, so the dgraph binary is
// cached once for tests and users alike, on port offset 700 (or
// NEWSGRAPH_TEST_PORT_OFFSET), with fresh data, and stops it when the last
// test binary using it exits. If Dgraph cannot be started, the test binary
// fails: storage tests never skip silently.
//
// All test packages of one run share the same Dgraph and run in parallel:
// tests must not drop all data and must not assume an empty graph; key test
// data by unique xids instead.
package dgraphtest

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/cluster"
	"github.com/newsgraph/newsgraph/config"
)

// Environment variables read by Main.
const (
	EnvAlpha      = "NEWSGRAPH_TEST_ALPHA"       // gRPC address of a running alpha
	EnvHTTP       = "NEWSGRAPH_TEST_HTTP"        // its HTTP address (host:port)
	EnvBinary     = "NEWSGRAPH_TEST_DGRAPH_BIN"  // path of the dgraph binary
	EnvPortOffset = "NEWSGRAPH_TEST_PORT_OFFSET" // port offset of the test cluster
	EnvHome       = "NEWSGRAPH_TEST_HOME"        // newsgraph home for a self-started cluster
)

// DefaultPortOffset is the test cluster's port offset unless overridden.
const DefaultPortOffset = 700

// startTimeout covers a first-time Dgraph build (minutes on 2 cores).
const startTimeout = 15 * time.Minute

// The connection, set by Main before any test runs.
var (
	ready      bool
	alphaAddr  string
	httpAddr   string
	binary     string
	portOffset int
)

// Main provides the shared Dgraph, runs the tests and exits with their
// status. Call it from TestMain.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	env, err := fromEnv(os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dgraphtest:", err)
		return 1
	}
	if env.alpha != "" {
		if err := checkHealth(env.http); err != nil {
			fmt.Fprintf(os.Stderr, "dgraphtest: %s=%s is set, but the alpha's HTTP endpoint %s does not answer: %v\n",
				EnvAlpha, env.alpha, env.http, err)
			return 1
		}
		if env.binary == "" {
			// Best guess: the binary cached in the default home.
			env.binary = cluster.BinaryPath(config.DefaultHome())
		}
		set(env)
		return m.Run()
	}

	home := os.Getenv(EnvHome)
	if home == "" {
		home = config.DefaultHome()
	}
	opts := cluster.Options{
		Home:       home,
		PortOffset: env.offset,
		CacheMB:    256,
		Fresh:      true,
		Logger:     slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	st, release, err := cluster.Acquire(ctx, opts)
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "dgraphtest: cannot start Dgraph (home %s, port offset %d): %s\n",
			home, env.offset, err)
		return 1
	}
	env.alpha, env.http, env.binary = st.AlphaAddr, st.HTTPAddr, st.Binary
	set(env)
	code := m.Run()
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := release(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "dgraphtest: stopping Dgraph:", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// environment is what Main learns from the environment.
type environment struct {
	alpha, http, binary string
	offset              int
}

// fromEnv reads the test environment. An alpha given without its HTTP
// address gets the address the port offset implies.
func fromEnv(getenv func(string) string) (environment, error) {
	e := environment{offset: DefaultPortOffset}
	if s := getenv(EnvPortOffset); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return e, fmt.Errorf("%s=%q is not a port offset", EnvPortOffset, s)
		}
		e.offset = n
	}
	e.alpha = getenv(EnvAlpha)
	e.http = getenv(EnvHTTP)
	e.binary = getenv(EnvBinary)
	if e.alpha != "" && e.http == "" {
		e.http = cluster.HTTPAddr(e.offset)
	}
	return e, nil
}

func set(e environment) {
	alphaAddr, httpAddr, binary, portOffset = e.alpha, e.http, e.binary, e.offset
	ready = true
}

func checkHealth(httpAddr string) error {
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get("http://" + httpAddr + "/health")
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("/health answered %s", resp.Status)
	}
	return nil
}

func mustBeReady() {
	if !ready {
		panic("dgraphtest: call dgraphtest.Main(m) from TestMain before using the test Dgraph")
	}
}

// AlphaAddr is the gRPC address (host:port) of the test alpha, for dgo.
func AlphaAddr() string { mustBeReady(); return alphaAddr }

// HTTPAddr is the HTTP address (host:port, no scheme) of the test alpha.
func HTTPAddr() string { mustBeReady(); return httpAddr }

// Binary is the path of the dgraph binary, e.g. for "dgraph live"
// round trips. With an external alpha (NEWSGRAPH_TEST_ALPHA) and no
// NEWSGRAPH_TEST_DGRAPH_BIN it is the default home's cached binary, which
// may not exist.
func Binary() string { mustBeReady(); return binary }

// PortOffset is the port offset of the test cluster.
func PortOffset() int { mustBeReady(); return portOffset }
