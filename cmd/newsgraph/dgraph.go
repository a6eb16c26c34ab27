package main

import (
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/cluster"
	"github.com/newsgraph/newsgraph/config"
	"github.com/spf13/cobra"
)

var dgraphCmd = &cobra.Command{
	Use:   "dgraph",
	Short: "Manage the local Dgraph (1 zero + 1 alpha) that newsgraph builds and runs",
	Long: `newsgraph runs its own local Dgraph ` + cluster.Version + `: built from source with the Go
toolchain on first use and cached under --home, listening on localhost only,
every port shifted by --port-offset (zero 5080/6080, alpha 7080/8080/9080).`,
}

var dgraphStartCmd = &cobra.Command{
	Use:   "start",
	Short: "Start the local Dgraph (building it first if needed); no-op if it runs",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		opts := clusterOptions()
		opts.Fresh, _ = cmd.Flags().GetBool("fresh")
		if opts.Fresh {
			st, err := cluster.Inspect(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if st.ZeroPID != 0 || st.AlphaPID != 0 {
				return newsgraph.Errorf(newsgraph.ECONFLICT,
					"--fresh would delete the data of a running Dgraph (%s); run `newsgraph dgraph stop` first", st.Dir)
			}
		}
		st, err := cluster.Start(cmd.Context(), opts)
		if err != nil {
			return err
		}
		printClusterStatus(cmd.OutOrStdout(), st)
		return nil
	},
}

var dgraphStopCmd = &cobra.Command{
	Use:   "stop",
	Short: "Stop the local Dgraph gracefully; no-op if it is stopped",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		if err := cluster.Stop(cmd.Context(), clusterOptions()); err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), "dgraph: stopped")
		return nil
	},
}

var dgraphStatusCmd = &cobra.Command{
	Use:   "status",
	Short: "Show whether the local Dgraph runs, its ports, data dir and version",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		st, err := cluster.Inspect(cmd.Context(), clusterOptions())
		if err != nil {
			return err
		}
		printClusterStatus(cmd.OutOrStdout(), st)
		return nil
	},
}

var dgraphBuildCmd = &cobra.Command{
	Use:   "build",
	Short: "Build the Dgraph binary unless it is cached, and print its path",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		opts := clusterOptions()
		build := cluster.EnsureBinary
		if force, _ := cmd.Flags().GetBool("force"); force {
			build = cluster.Build
		}
		path, err := build(cmd.Context(), opts)
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), path)
		return nil
	},
}

func init() {
	dgraphCmd.PersistentFlags().Int("cache-mb", 1024, "alpha cache size in MB (--cache size-mb)")
	if err := settings.BindPFlag(config.KeyCacheMB, dgraphCmd.PersistentFlags().Lookup("cache-mb")); err != nil {
		panic(err)
	}
	dgraphStartCmd.Flags().Bool("fresh", false, "delete the cluster's data first (only if it is not running)")
	dgraphBuildCmd.Flags().Bool("force", false, "rebuild even if a binary is cached")
	dgraphCmd.AddCommand(dgraphStartCmd, dgraphStopCmd, dgraphStatusCmd, dgraphBuildCmd)
	rootCmd.AddCommand(dgraphCmd)
}

// clusterOptions selects the managed cluster from the configuration.
func clusterOptions() cluster.Options {
	return cluster.Options{
		Home:       cfg.Home,
		PortOffset: cfg.PortOffset,
		CacheMB:    cfg.CacheMB,
		Logger:     logger,
	}
}

func printClusterStatus(w io.Writer, st cluster.Status) {
	state := "stopped"
	if st.Running {
		state = "running"
	} else if st.Detail != "stopped" {
		state = "not running (" + st.Detail + ")"
	}
	p := st.Ports
	fmt.Fprintf(w, "dgraph %s: %s\n", st.Version, state)
	fmt.Fprintf(w, "  zero   pid %-7s gRPC localhost:%d  HTTP localhost:%d\n", pidText(st.ZeroPID), p.ZeroGRPC, p.ZeroHTTP)
	fmt.Fprintf(w, "  alpha  pid %-7s gRPC %s  HTTP %s  internal localhost:%d\n", pidText(st.AlphaPID), st.AlphaAddr, st.HTTPAddr, p.AlphaInternal)
	fmt.Fprintf(w, "  data   %s\n", st.Dir)
	fmt.Fprintf(w, "  logs   %s\n", st.LogDir)
	fmt.Fprintf(w, "  binary %s\n", st.Binary)
	if st.Running {
		fmt.Fprintf(w, "  Ratel: set the Dgraph server URL to http://%s\n", st.HTTPAddr)
	}
}

func pidText(pid int) string {
	if pid == 0 {
		return "-"
	}
	return fmt.Sprint(pid)
}
