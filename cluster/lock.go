package cluster

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph"
)

// lockFile takes an exclusive advisory lock (flock) on path, waiting until
// it is free or ctx ends. The kernel drops the lock when the process dies,
// so a crashed holder never blocks anyone. Call the returned function to
// release it.
func lockFile(ctx context.Context, path string, logger *slog.Logger, what string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "cluster: cannot open lock file %s", path)
	}
	logged := false
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				_ = f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "cluster: cannot lock %s", path)
		}
		if !logged {
			logger.Info("waiting for another newsgraph process", "for", what, "lock", path)
			logged = true
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, newsgraph.Wrap(newsgraph.EUNAVAILABLE, ctx.Err(), "cluster: gave up waiting for %s (lock %s)", what, path)
		case <-time.After(200 * time.Millisecond):
		}
	}
}
