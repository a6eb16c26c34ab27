package cluster

import (
	"context"
	"embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// pin holds the go.mod and go.sum of the module that builds Dgraph. They
// are stored as dgraph.mod/dgraph.sum because a directory with a go.mod
// would be a separate module and could not be embedded.
//
//go:embed dgraphpin/dgraph.mod dgraphpin/dgraph.sum
var pin embed.FS

// dgraphPackage is the main package of the Dgraph server.
const dgraphPackage = "github.com/dgraph-io/dgraph/v24/dgraph"

// versionFlag stamps the version into the binary, as Dgraph's release
// build does; without it the server reports "dev".
const versionFlag = "-X github.com/dgraph-io/dgraph/v24/x.dgraphVersion=" + Version

// BinaryPath is where the dgraph binary is cached under home.
func BinaryPath(home string) string {
	return filepath.Join(home, "bin", "dgraph-"+Version)
}

// EnsureBinary returns the path of the dgraph binary: Options.Binary if
// set (it must exist), else the one cached under Home, built first if it is
// missing.
func EnsureBinary(ctx context.Context, opts Options) (string, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return "", err
	}
	if opts.Binary != "" {
		if !isExecutable(opts.Binary) {
			return "", newsgraph.Errorf(newsgraph.EUNAVAILABLE, "dgraph binary %s does not exist or is not executable", opts.Binary)
		}
		return opts.Binary, nil
	}
	path := BinaryPath(opts.Home)
	if isExecutable(path) {
		return path, nil
	}
	return build(ctx, opts, false)
}

// Build builds the dgraph binary under Home even if one is cached,
// replacing it. Options.Binary is ignored.
func Build(ctx context.Context, opts Options) (string, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return "", err
	}
	return build(ctx, opts, true)
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// build compiles Dgraph with the local Go toolchain in a build directory
// under home: a lock keeps concurrent builds apart, output goes to a log
// file, and the binary appears under its final name only when complete.
func build(ctx context.Context, opts Options, force bool) (string, error) {
	path := BinaryPath(opts.Home)
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", newsgraph.Errorf(newsgraph.EUNAVAILABLE,
			"building Dgraph %s needs the Go toolchain, but 'go' is not on PATH: install Go (https://go.dev/dl) or put a dgraph %s binary at %s",
			Version, Version, path)
	}
	buildDir := filepath.Join(opts.Home, "build", "dgraph-"+Version)
	for _, d := range []string{buildDir, filepath.Dir(path)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return "", newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "cannot create %s", d)
		}
	}
	unlock, err := lockFile(ctx, filepath.Join(opts.Home, "build", "dgraph.lock"), opts.Logger, "the Dgraph build")
	if err != nil {
		return "", err
	}
	defer unlock()
	if !force && isExecutable(path) { // built by another process meanwhile
		return path, nil
	}
	if err := writePin(buildDir); err != nil {
		return "", err
	}
	logPath := filepath.Join(opts.Home, "build", "dgraph-build.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return "", newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "cannot create build log")
	}
	defer logf.Close()

	tmp := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	defer os.Remove(tmp) // no-op once renamed
	args := []string{"build", "-o", tmp, "-ldflags", versionFlag, dgraphPackage}
	cmd := exec.CommandContext(ctx, goBin, args...)
	cmd.Dir = buildDir
	cmd.Stdout = logf
	cmd.Stderr = logf
	// The build must not pick up a workspace or flags meant for another
	// module; everything it needs is pinned in go.mod and go.sum.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GO111MODULE=on")
	fmt.Fprintf(logf, "=== %s: cd %s && go %s\n", time.Now().UTC().Format(time.RFC3339), buildDir, strings.Join(args, " "))

	opts.Logger.Info("building Dgraph from source (first run only; takes a few minutes)",
		"version", Version, "log", logPath)
	began := time.Now()
	if err := cmd.Run(); err != nil {
		return "", newsgraph.Wrap(newsgraph.EUNAVAILABLE, err,
			"building Dgraph %s failed (full log: %s):\n%s", Version, logPath, logTail(logPath, 20))
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "built Dgraph binary")
	}
	if err := checkVersion(ctx, tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "installing Dgraph binary")
	}
	opts.Logger.Info("built Dgraph", "path", path, "took", time.Since(began).Round(time.Second))
	return path, nil
}

// writePin writes the pinned module into dir as go.mod and go.sum.
func writePin(dir string) error {
	for name, dst := range map[string]string{"dgraphpin/dgraph.mod": "go.mod", "dgraphpin/dgraph.sum": "go.sum"} {
		data, err := pin.ReadFile(name)
		if err != nil {
			return newsgraph.Wrap(newsgraph.EINTERNAL, err, "embedded Dgraph pin")
		}
		if err := os.WriteFile(filepath.Join(dir, dst), data, 0o644); err != nil {
			return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "writing Dgraph pin to %s", dir)
		}
	}
	return nil
}

// checkVersion runs "dgraph version" and makes sure it is the pinned one.
func checkVersion(ctx context.Context, bin string) error {
	out, err := exec.CommandContext(ctx, bin, "version").CombinedOutput()
	if err != nil {
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "the built Dgraph binary does not run: %s", truncate(string(out), 500))
	}
	if !strings.Contains(string(out), Version) {
		return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "the built Dgraph binary reports a version other than %s:\n%s", Version, truncate(string(out), 500))
	}
	return nil
}
