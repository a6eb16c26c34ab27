// Command newsgraph turns German news articles into a knowledge graph in
// Dgraph. Each subcommand lives in its own file and registers itself with
// rootCmd in an init function.
package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/config"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var (
	// settings is the one viper instance; flags are bound to its keys.
	settings   = config.New()
	configFile string
	// cfg is resolved in rootCmd's PersistentPreRunE, before any RunE.
	cfg config.Config
	// logger writes internals to stderr; users see ErrorMessage only.
	logger *slog.Logger
)

var rootCmd = &cobra.Command{
	Use:   "newsgraph",
	Short: "Build a knowledge graph in Dgraph from German news articles",
	Long: `newsgraph reads German news articles, extracts persons, organisations,
states, places and events and what they did to each other, and stores
them with their evidence in Dgraph.`,
	SilenceUsage:  true,
	SilenceErrors: true,
	PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
		c, err := config.Load(settings, configFile)
		if err != nil {
			return newsgraph.Wrap(newsgraph.EINVALID, err, "configuration")
		}
		cfg = c
		level := slog.LevelInfo
		_ = level.UnmarshalText([]byte(cfg.LogLevel))
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
		return nil
	},
}

func init() {
	pf := rootCmd.PersistentFlags()
	pf.StringVar(&configFile, "config", "", "config file (default: newsgraph.yaml in . or the user config dir)")
	pf.String("home", config.DefaultHome(), "state directory: Dgraph binary, data and logs")
	pf.String("alpha", "", "gRPC address of the Dgraph alpha (default localhost:9080+port-offset)")
	pf.Int("port-offset", 0, "added to every port of the managed local Dgraph")
	pf.Bool("autostart", true, "start the managed local Dgraph when the alpha does not answer")
	pf.String("log-level", "info", "debug, info, warn or error")
	bind := map[string]string{
		config.KeyHome:       "home",
		config.KeyAlpha:      "alpha",
		config.KeyPortOffset: "port-offset",
		config.KeyAutostart:  "autostart",
		config.KeyLogLevel:   "log-level",
	}
	for key, flag := range bind {
		if err := settings.BindPFlag(key, pf.Lookup(flag)); err != nil {
			panic(err)
		}
	}
}

// bindFlag binds a command's local flag to a settings key.
func bindFlag(v *viper.Viper, cmd *cobra.Command, key, flag string) {
	if err := v.BindPFlag(key, cmd.Flags().Lookup(flag)); err != nil {
		panic(err)
	}
}

func main() {
	err := rootCmd.Execute()
	if err != nil {
		if logger != nil && newsgraph.ErrorCode(err) == newsgraph.EINTERNAL {
			logger.Error("internal error", "err", err)
		}
		fmt.Fprintln(os.Stderr, "newsgraph:", newsgraph.ErrorMessage(err))
	}
	os.Exit(newsgraph.ExitCode(err))
}
