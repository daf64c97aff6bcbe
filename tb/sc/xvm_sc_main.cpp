// SPDX-License-Identifier: Apache-2.0
// build/xvm-sim-sc: the RTL core in a SystemC/TLM-2.0 platform, with the
// command line, output and exit statuses of build/xvm-sim (README.md).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include <systemc>

#include "xvm_sc_harness.h"
#include "xvm_sc_platform.h"

extern "C" {
#include "xvm_defs.h"
#include "xvm_elf.h"
#include "xvm_options.h"
#include "xvm_run.h"
}

namespace {

constexpr const char *kProg = "xvm-sim-sc";

// Front-end options of xvm-sim that this simulator lacks.
const char *const kUnsupported[] = {"--trace", "--trace-start", "--trace-stop", "--cosim",
                                    "--gdb"};

int usage_error(const char *msg)
{
    std::fprintf(stderr, "%s: %s\n", kProg, msg);
    return XVM_EXIT_USAGE;
}

// Names an option of xvm-sim that xvm-sim-sc does not support, if argv
// has one (as "--opt" or "--opt=value").
const char *unsupported_option(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        for (const char *o : kUnsupported) {
            const size_t n = std::strlen(o);
            if (std::strncmp(argv[i], o, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return o;
        }
    return nullptr;
}

// SystemC's messages go to stdout by default, which belongs to the UART:
// they go to stderr instead, and informational ones nowhere.
void report_to_stderr(const sc_core::sc_report &rep, const sc_core::sc_actions &actions)
{
    if (actions & sc_core::SC_DISPLAY)
        std::fprintf(stderr, "%s: %s\n", kProg,
                     sc_core::sc_report_compose_message(rep).c_str());
    sc_core::sc_report_handler::default_handler(rep, actions & ~sc_core::SC_DISPLAY);
}

struct run {
    xvm_options opt = {};
    xvm_elf_info elf = {};
    FILE *log = nullptr;
    std::vector<char> log_buf;
    FILE *sig = nullptr;  // --signature, created before the run
    std::unique_ptr<xvm_sc_platform> platform;
};

// Everything before the first clock: returns -1 to run, or an exit status.
int setup(run &r, int argc, char **argv)
{
    char err[256];
    const int p = xvm_options_parse(argc, argv, 0, &r.opt, err, sizeof err);

    if (p > 0)
        return 0;
    if (p < 0) {
        const char *o = unsupported_option(argc, argv);
        if (o) {
            std::snprintf(err, sizeof err, "%s: not supported by %s", o, kProg);
            return usage_error(err);
        }
        return usage_error(err);
    }
    r.platform = std::make_unique<xvm_sc_platform>("xvm", r.opt.ram_size);
    if (xvm_elf_load(r.opt.elf, XVM_RAM_BASE, r.opt.ram_size, r.platform->ram.data(), &r.elf,
                     err, sizeof err) != 0)
        return usage_error(err);
    xvm_elf_warn(kProg, r.opt.elf, &r.elf, XVM_RAM_BASE, r.opt.ram_size);
    if (r.opt.commit_log) {
        r.log = std::fopen(r.opt.commit_log, "w");
        if (!r.log) {
            std::snprintf(err, sizeof err, "%s: %s", r.opt.commit_log, std::strerror(errno));
            return usage_error(err);
        }
        // Logging is write-bound: a large buffer.
        r.log_buf.resize(1u << 20);
        std::setvbuf(r.log, r.log_buf.data(), _IOFBF, r.log_buf.size());
    }
    if (r.opt.signature) {
        r.sig = xvm_elf_signature_open(r.opt.signature, r.opt.elf, &r.elf, XVM_RAM_BASE,
                                       r.opt.ram_size, err, sizeof err);
        if (!r.sig)
            return usage_error(err);
    }
    return -1;
}

}  // namespace

int sc_main(int argc, char **argv)
{
    sc_core::sc_report_handler::set_handler(report_to_stderr);
    sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, sc_core::SC_DO_NOTHING);

    run r;
    int status = setup(r, argc, argv);
    if (status >= 0) {
        if (r.log)
            std::fclose(r.log);
        if (r.sig)
            std::fclose(r.sig);
        return status;
    }

    xvm_sc_harness::config cfg;
    cfg.max_cycles = r.opt.max_cycles;
    cfg.commit_log = r.log;
    cfg.commit_log_path = r.opt.commit_log;
    cfg.has_tohost = r.elf.has_tohost;
    cfg.tohost = r.elf.tohost;

    sc_core::sc_clock clk("clk", 10, sc_core::SC_NS);
    sc_core::sc_signal<bool> rst_n("rst_n");
    xvm_sc_harness harness("harness", *r.platform, cfg);
    r.platform->clk_i(clk);
    r.platform->rst_ni(rst_n);
    harness.clk_i(clk);
    harness.rst_no(rst_n);

    xvm_run_clock clock;
    xvm_run_clock_start(&clock);
    sc_core::sc_start();
    status = harness.status();

    // Output files are written whatever ended the run, so that a failing or
    // timed-out test can still be inspected.
    // A commit log that could not be written fails the run.
    if (r.log && std::fclose(r.log) != 0) {
        std::fprintf(stderr, "%s: %s: %s\n", kProg, r.opt.commit_log, std::strerror(errno));
        if (status == 0)
            status = 1;
    }
    char err[256];
    if (r.sig && xvm_elf_signature_write(r.sig, r.opt.signature, &r.elf, XVM_RAM_BASE,
                                         r.platform->ram.data(), err, sizeof err) != 0) {
        std::fprintf(stderr, "%s: %s\n", kProg, err);
        if (status == 0)
            status = 1;
    }
    std::fflush(stdout);
    if (r.opt.stats)
        xvm_stats_print_since(stderr, &clock, harness.cycles(), harness.instret());
    return status;
}

// Replaces the library's main() only to silence its banner, which it prints
// before sc_main() and which would precede every diagnostic on stderr.
int main(int argc, char **argv)
{
    setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
    return sc_core::sc_elab_and_sim(argc, argv);
}
