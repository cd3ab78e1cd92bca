/*
 * A QEMU TCG plugin that counts the guest instructions executed between
 * marks: every time the guest executes the instruction at address `mark`
 * (the firmware's `cnn_firmware_mark`, called right before and right after
 * each inference), odd marks start a count and even marks end it, and the
 * plugin prints
 *
 *     count: span N: I instructions
 *
 * Each executed instruction adds one (an inline add on every instruction,
 * so a translation block left part way counts only what ran). A span
 * includes the mark's own instructions (four: `push`, `mov`, `nop`, `pop`)
 * and the calls into and out of the inference: a handful, next to
 * millions.
 *
 *     cc -shared -fPIC -O2 -o count.so count.c
 *     qemu-system-arm ... -plugin ./count.so,mark=0x1234 -d plugin -kernel FIRMWARE
 *
 * Debian's QEMU ships no qemu-plugin.h, so the few declarations used are
 * written out below, as QEMU 7.2's include/qemu/qemu-plugin.h declares
 * them (plugin API version 1, which `qemu-system-arm --version` 7.2
 * loads; later QEMUs changed the API and need their own header).
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- qemu-plugin.h, API version 1 (the part this plugin uses) ---- */
typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t {
    const char *target_name;
    struct {
        int min;
        int cur;
    } version;
    bool system_emulation;
    union {
        struct {
            int smp_vcpus;
            int max_vcpus;
        } system;
    };
} qemu_info_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
enum qemu_plugin_cb_flags {
    QEMU_PLUGIN_CB_NO_REGS,
    QEMU_PLUGIN_CB_R_REGS,
    QEMU_PLUGIN_CB_RW_REGS,
};
enum qemu_plugin_op {
    QEMU_PLUGIN_INLINE_ADD_U64,
};
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *insn,
                                            qemu_plugin_vcpu_udata_cb_t cb,
                                            enum qemu_plugin_cb_flags flags, void *userdata);
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn,
                                                enum qemu_plugin_op op, void *ptr, uint64_t imm);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb,
                                    void *userdata);
void qemu_plugin_outs(const char *string);
/* QEMU refuses a plugin that does not export the API version it was
   built against. */
__attribute__((visibility("default"))) int qemu_plugin_version = 1;
/* ---- end of qemu-plugin.h ---- */

/* One vCPU (mps2 has one), so plain counters. */
static uint64_t executed;
static uint64_t started;
static uint64_t mark_address = UINT64_MAX;
static unsigned marks;

static void on_mark(unsigned int vcpu_index, void *userdata)
{
    (void)vcpu_index;
    (void)userdata;
    marks++;
    if (marks % 2 == 1) {
        started = executed;
        return;
    }
    char line[96];
    snprintf(line, sizeof line, "count: span %u: %" PRIu64 " instructions\n", marks / 2,
             executed - started);
    qemu_plugin_outs(line);
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        /* The mark's callback first, so that its count excludes it. */
        if (qemu_plugin_insn_vaddr(insn) == mark_address) {
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS, NULL);
        }
        qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &executed, 1);
    }
}

static void on_quit(qemu_plugin_id_t id, void *userdata)
{
    (void)id;
    (void)userdata;
    char line[96];
    snprintf(line, sizeof line, "count: total: %" PRIu64 " instructions, %u marks\n", executed,
             marks);
    qemu_plugin_outs(line);
}

__attribute__((visibility("default"))) int qemu_plugin_install(qemu_plugin_id_t id,
                                                               const qemu_info_t *info, int argc,
                                                               char **argv)
{
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "mark=", 5) == 0) {
            /* A Thumb function's symbol has bit 0 set; its code does not. */
            mark_address = strtoull(argv[i] + 5, NULL, 0) & ~(uint64_t)1;
        } else {
            fprintf(stderr, "count: unknown argument %s (mark=ADDRESS)\n", argv[i]);
            return -1;
        }
    }
    if (mark_address == UINT64_MAX) {
        fprintf(stderr, "count: mark=ADDRESS is needed\n");
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, on_quit, NULL);
    return 0;
}
