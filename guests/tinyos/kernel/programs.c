/* The table of built-in user programs that `run` can start. */
#include "tinyos.h"

#define PROGRAM(name) extern const u8 prog_##name##_start[], prog_##name##_end[];
PROGRAM(hello)
PROGRAM(counter)
PROGRAM(fault)
PROGRAM(spin)
#undef PROGRAM

const struct program programs[] = {
    {"hello", "prints a greeting and its pid via system calls", prog_hello_start, prog_hello_end},
    {"counter", "counter [n]: counts with busy work; run two with '&' to watch preemption", prog_counter_start,
     prog_counter_end},
    {"fault", "fault [read|write|exec]: touches kernel memory and gets killed", prog_fault_start, prog_fault_end},
    {"spin", "loops forever without system calls (stop it with kill)", prog_spin_start, prog_spin_end},
};
const int nprograms = sizeof programs / sizeof programs[0];
