// Package config reads newsgraph's settings with the usual precedence:
// flags > environment (NEWSGRAPH_ prefix, "." → "_") > config file
// (newsgraph.yaml in the working directory or the user config dir) > defaults.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/viper"
)

// Keys of every setting, so that commands and tests name them one way.
const (
	KeyHome            = "home"
	KeyAlpha           = "dgraph.alpha"
	KeyPortOffset      = "dgraph.port_offset"
	KeyAutostart       = "dgraph.autostart"
	KeyCacheMB         = "dgraph.cache_mb"
	KeyServeAddr       = "serve.addr"
	KeyServeToken      = "serve.token"
	KeyServeMaxBody    = "serve.max_body_bytes"
	KeyServeTimeout    = "serve.timeout"
	KeyServeRetryAfter = "serve.retry_after"
	KeyLoadConcurrency = "load.concurrency"
	KeyLogLevel        = "log.level"
)

// Config is the resolved configuration.
type Config struct {
	Home  string
	Alpha string // gRPC address of the alpha
	// PortOffset is added to every port of the managed local cluster.
	PortOffset int
	Autostart  bool
	CacheMB    int

	ServeAddr    string
	ServeToken   string
	ServeMaxBody int64
	// ServeTimeout bounds the graph work of one request: a query, storing
	// one article (retries included), a forget. Past it the request
	// fails with 503.
	ServeTimeout time.Duration
	// ServeRetryAfter is the Retry-After of a 503 (whole seconds).
	ServeRetryAfter time.Duration

	LoadConcurrency int
	LogLevel        string
}

// DefaultHome is the state directory used when none is configured.
func DefaultHome() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "newsgraph")
	}
	return filepath.Join(os.TempDir(), "newsgraph")
}

// New returns a viper instance with defaults, environment binding and the
// config file search path set up. Callers bind their flags to it.
func New() *viper.Viper {
	v := viper.New()
	v.SetDefault(KeyHome, DefaultHome())
	v.SetDefault(KeyAlpha, "") // empty: derived from the port offset
	v.SetDefault(KeyPortOffset, 0)
	v.SetDefault(KeyAutostart, true)
	v.SetDefault(KeyCacheMB, 1024)
	v.SetDefault(KeyServeAddr, "127.0.0.1:8765")
	v.SetDefault(KeyServeToken, "")
	v.SetDefault(KeyServeMaxBody, 10<<20)
	v.SetDefault(KeyServeTimeout, "15s")
	v.SetDefault(KeyServeRetryAfter, "5s")
	v.SetDefault(KeyLoadConcurrency, 2)
	v.SetDefault(KeyLogLevel, "info")

	v.SetEnvPrefix("NEWSGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	// No SetConfigType: with a type set, viper also accepts a file named
	// plain "newsgraph" (the built binary in the repo root) as config.
	v.SetConfigName("newsgraph")
	v.AddConfigPath(".")
	if d, err := os.UserConfigDir(); err == nil {
		v.AddConfigPath(filepath.Join(d, "newsgraph"))
	}
	return v
}

// Load reads the config file, if any, and resolves the settings. An
// explicitly named file that is missing or malformed is an error; a missing
// file on the search path is not.
func Load(v *viper.Viper, file string) (Config, error) {
	if file != "" {
		v.SetConfigFile(file)
	}
	if err := v.ReadInConfig(); err != nil {
		var notFound viper.ConfigFileNotFoundError
		if file != "" || !errors.As(err, &notFound) {
			return Config{}, fmt.Errorf("reading config: %w", err)
		}
	}
	c := Config{
		Home:            v.GetString(KeyHome),
		Alpha:           v.GetString(KeyAlpha),
		PortOffset:      v.GetInt(KeyPortOffset),
		Autostart:       v.GetBool(KeyAutostart),
		CacheMB:         v.GetInt(KeyCacheMB),
		ServeAddr:       v.GetString(KeyServeAddr),
		ServeToken:      v.GetString(KeyServeToken),
		ServeMaxBody:    v.GetInt64(KeyServeMaxBody),
		LoadConcurrency: v.GetInt(KeyLoadConcurrency),
		LogLevel:        v.GetString(KeyLogLevel),
	}
	var err error
	if c.ServeTimeout, err = duration(v, KeyServeTimeout, time.Millisecond, 24*time.Hour); err != nil {
		return Config{}, err
	}
	if c.ServeRetryAfter, err = duration(v, KeyServeRetryAfter, time.Second, 24*time.Hour); err != nil {
		return Config{}, err
	}
	if c.Alpha == "" {
		c.Alpha = fmt.Sprintf("localhost:%d", 9080+c.PortOffset)
	}
	if c.PortOffset < 0 || c.PortOffset > 50000 {
		return Config{}, fmt.Errorf("dgraph.port_offset %d out of range 0..50000", c.PortOffset)
	}
	if c.LoadConcurrency < 1 {
		c.LoadConcurrency = 1
	}
	return c, nil
}

// duration reads a duration setting: a Go duration ("30s", "2m") or a
// plain number of seconds ("30", as in a YAML file or an environment
// variable), within [lo, hi].
func duration(v *viper.Viper, key string, lo, hi time.Duration) (time.Duration, error) {
	s := strings.TrimSpace(v.GetString(key))
	var d time.Duration
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		d = time.Duration(n * float64(time.Second))
	} else if d, err = time.ParseDuration(s); err != nil {
		return 0, fmt.Errorf("%s %q is not a duration (use e.g. 30s, 2m, or a number of seconds)", key, s)
	}
	if d < lo || d > hi {
		return 0, fmt.Errorf("%s %s out of range %s..%s", key, d, lo, hi)
	}
	return d, nil
}
