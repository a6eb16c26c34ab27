// Package cluster manages a local Dgraph for newsgraph: one zero and one
// alpha, built from the pinned Go module (see dgraphpin/), cached under the
// newsgraph home, started as detached processes and stopped gracefully.
//
// Layout under Options.Home:
//
//	bin/dgraph-v24.0.5            the built server binary
//	build/                        the pin module, build log and build lock
//	dgraph-<offset>/zero/         zero's write-ahead log (zw)
//	dgraph-<offset>/alpha/        alpha's postings (p), WAL (w), tmp (t), export
//	dgraph-<offset>/logs/         zero.log, alpha.log (stdout and stderr)
//	dgraph-<offset>/zero.pid      alpha.pid, lock, leases/
//
// Every port is the Dgraph default plus Options.PortOffset, so several
// clusters (a user's, the tests') run side by side.
//
// The package talks to the alpha over HTTP only: it must never link a Dgraph
// client (dgo) together with Dgraph's own packages.
package cluster

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Version is the Dgraph release this package builds and runs.
const Version = "v24.0.5"

// Default ports of a Dgraph cluster; the port offset is added to each.
const (
	baseZeroGRPC      = 5080
	baseZeroHTTP      = 6080
	baseAlphaInternal = 7080
	baseAlphaHTTP     = 8080
	baseAlphaGRPC     = 9080

	// maxOffset keeps the highest port (alpha gRPC) within 65535.
	maxOffset = 65535 - baseAlphaGRPC
)

// Options select and tune one managed cluster. Home and PortOffset identify
// it; the rest only affect how it is started.
type Options struct {
	// Home is newsgraph's state directory (binary cache, data, logs).
	Home string
	// PortOffset is added to every Dgraph port; it also names the
	// cluster's directory, so each offset has its own data.
	PortOffset int
	// Binary is the dgraph binary to run; empty means the one cached under
	// Home (BinaryPath), built if missing.
	Binary string
	// CacheMB is the alpha's cache size (--cache size-mb); 0 means 512.
	CacheMB int
	// Logger receives progress messages; nil discards them.
	Logger *slog.Logger

	// Fresh deletes the cluster's data before starting it. It applies only
	// when neither zero nor alpha is running; a running cluster is kept.
	Fresh bool
	// StartTimeout bounds the wait for readiness; 0 means 3 minutes.
	StartTimeout time.Duration
	// StopTimeout is how long Stop waits after SIGTERM before it sends
	// SIGKILL; 0 means 30 seconds.
	StopTimeout time.Duration
}

func (o Options) binaryPath() string {
	if o.Binary != "" {
		return o.Binary
	}
	return BinaryPath(o.Home)
}

func (o Options) withDefaults() (Options, error) {
	if o.Home == "" {
		return o, newsgraph.Errorf(newsgraph.EINVALID, "cluster: no home directory given")
	}
	home, err := filepath.Abs(o.Home)
	if err != nil {
		return o, newsgraph.Wrap(newsgraph.EINVALID, err, "cluster: home %q", o.Home)
	}
	o.Home = home
	if o.PortOffset < 0 || o.PortOffset > maxOffset {
		return o, newsgraph.Errorf(newsgraph.EINVALID, "cluster: port offset %d out of range 0..%d", o.PortOffset, maxOffset)
	}
	if o.CacheMB <= 0 {
		o.CacheMB = 512
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = 3 * time.Minute
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 30 * time.Second
	}
	return o, nil
}

// Ports are the listening ports of one cluster.
type Ports struct {
	ZeroGRPC      int
	ZeroHTTP      int
	AlphaInternal int
	AlphaHTTP     int
	AlphaGRPC     int
}

// PortsFor returns the ports of the cluster with the given offset.
func PortsFor(offset int) Ports {
	return Ports{
		ZeroGRPC:      baseZeroGRPC + offset,
		ZeroHTTP:      baseZeroHTTP + offset,
		AlphaInternal: baseAlphaInternal + offset,
		AlphaHTTP:     baseAlphaHTTP + offset,
		AlphaGRPC:     baseAlphaGRPC + offset,
	}
}

// AlphaAddr is the alpha's gRPC address (for dgo) at the given offset.
func AlphaAddr(offset int) string { return hostPort(baseAlphaGRPC + offset) }

// HTTPAddr is the alpha's HTTP address (for /health, /query, Ratel) at the
// given offset, without a scheme.
func HTTPAddr(offset int) string { return hostPort(baseAlphaHTTP + offset) }

func hostPort(port int) string { return fmt.Sprintf("localhost:%d", port) }

// Status describes one managed cluster as found on this machine.
type Status struct {
	// Running is true when zero and alpha processes are alive and the
	// alpha reports itself healthy.
	Running bool
	// Detail says why the cluster is not running, or "running".
	Detail   string
	ZeroPID  int // 0 when no zero process of this cluster is alive
	AlphaPID int // 0 when no alpha process of this cluster is alive
	Ports    Ports
	// Dir holds the cluster's data (zero/, alpha/), logs and PID files.
	Dir    string
	LogDir string
	// Version is what the alpha reports, or the pinned Version when the
	// alpha does not answer.
	Version   string
	AlphaAddr string // gRPC host:port
	HTTPAddr  string // HTTP host:port; Ratel connects to http://HTTPAddr
	Binary    string // path of the cached dgraph binary
}

// layout names every file and directory of one cluster.
type layout struct {
	dir, zeroDir, alphaDir, logDir string
	zeroWAL                        string
	alphaWAL                       string
	zeroPID, alphaPID              string
	zeroLog, alphaLog              string
	lock                           string
	leases                         string
	acquired                       string
}

func layoutFor(home string, offset int) layout {
	dir := filepath.Join(home, fmt.Sprintf("dgraph-%d", offset))
	l := layout{
		dir:      dir,
		zeroDir:  filepath.Join(dir, "zero"),
		alphaDir: filepath.Join(dir, "alpha"),
		logDir:   filepath.Join(dir, "logs"),
		zeroPID:  filepath.Join(dir, "zero.pid"),
		alphaPID: filepath.Join(dir, "alpha.pid"),
		lock:     filepath.Join(dir, "lock"),
		leases:   filepath.Join(dir, "leases"),
		acquired: filepath.Join(dir, "acquired"),
	}
	l.zeroWAL = filepath.Join(l.zeroDir, "zw")
	l.alphaWAL = filepath.Join(l.alphaDir, "w")
	l.zeroLog = filepath.Join(l.logDir, "zero.log")
	l.alphaLog = filepath.Join(l.logDir, "alpha.log")
	return l
}

func (l layout) mkdirs() error {
	for _, d := range []string{l.zeroDir, l.alphaDir, l.logDir, l.leases} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "cluster: cannot create %s", d)
		}
	}
	return nil
}

// telemetry switches off Dgraph's reports and crash uploads: the cluster is
// local and often has no network.
const telemetry = "reports=false; sentry=false;"

// zeroArgs are the command-line arguments of the zero.
func zeroArgs(l layout, offset int) []string {
	p := PortsFor(offset)
	return []string{
		"zero",
		"--my=" + hostPort(p.ZeroGRPC),
		fmt.Sprintf("--port_offset=%d", offset),
		"--wal=" + l.zeroWAL,
		"--bindall=false", // listen on localhost only
		"--logtostderr=true",
		"--telemetry=" + telemetry,
	}
}

// alphaArgs are the command-line arguments of the alpha.
func alphaArgs(l layout, offset, cacheMB int) []string {
	p := PortsFor(offset)
	return []string{
		"alpha",
		"--my=" + hostPort(p.AlphaInternal),
		fmt.Sprintf("--port_offset=%d", offset),
		"--zero=" + hostPort(p.ZeroGRPC),
		"--postings=" + filepath.Join(l.alphaDir, "p"),
		"--wal=" + l.alphaWAL,
		"--tmp=" + filepath.Join(l.alphaDir, "t"),
		"--export=" + filepath.Join(l.alphaDir, "export"),
		fmt.Sprintf("--cache=size-mb=%d", cacheMB),
		"--security=whitelist=127.0.0.1",
		"--bindall=false", // listen on localhost only
		"--logtostderr=true",
		"--telemetry=" + telemetry,
	}
}

// Inspect reports the cluster's state without changing anything: whether
// its processes are alive (and really are this cluster's dgraph processes)
// and whether the alpha answers /health. (It is not named Status because
// that is the name of the type it returns.)
func Inspect(ctx context.Context, opts Options) (Status, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Status{}, err
	}
	l := layoutFor(opts.Home, opts.PortOffset)
	return probe(ctx, opts, l), nil
}

func baseStatus(opts Options, l layout) Status {
	return Status{
		Ports:     PortsFor(opts.PortOffset),
		Dir:       l.dir,
		LogDir:    l.logDir,
		Version:   Version,
		AlphaAddr: AlphaAddr(opts.PortOffset),
		HTTPAddr:  HTTPAddr(opts.PortOffset),
		Binary:    opts.binaryPath(),
	}
}

// probe inspects PID files, processes and the alpha's health.
func probe(ctx context.Context, opts Options, l layout) Status {
	st := baseStatus(opts, l)
	st.ZeroPID = readLivePID(l.zeroPID, "zero", l.zeroWAL)
	st.AlphaPID = readLivePID(l.alphaPID, "alpha", l.alphaWAL)
	switch {
	case st.ZeroPID == 0 && st.AlphaPID == 0:
		st.Detail = "stopped"
		return st
	case st.ZeroPID == 0:
		st.Detail = "alpha process alive but zero is not running"
		return st
	case st.AlphaPID == 0:
		st.Detail = "zero running but alpha is not"
		return st
	}
	hctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	h, err := alphaHealth(hctx, st.HTTPAddr)
	if err != nil {
		st.Detail = "processes alive but alpha not healthy: " + err.Error()
		return st
	}
	if h.Version != "" {
		st.Version = h.Version
	}
	st.Running = true
	st.Detail = "running"
	return st
}
