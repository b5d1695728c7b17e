// Named constants of the RISC-V privileged architecture (v1.12) used by the ISA test environments and tests.
#ifndef TABVISOR_ISA_ENCODING_H
#define TABVISOR_ISA_ENCODING_H

// mstatus / sstatus fields (privileged spec 3.1.6).
#define MSTATUS_SIE   0x00000002
#define MSTATUS_MIE   0x00000008
#define MSTATUS_SPIE  0x00000020
#define MSTATUS_UBE   0x00000040
#define MSTATUS_MPIE  0x00000080
#define MSTATUS_SPP   0x00000100
#define MSTATUS_VS    0x00000600
#define MSTATUS_MPP   0x00001800
#define MSTATUS_FS    0x00006000
#define MSTATUS_XS    0x00018000
#define MSTATUS_MPRV  0x00020000
#define MSTATUS_SUM   0x00040000
#define MSTATUS_MXR   0x00080000
#define MSTATUS_TVM   0x00100000
#define MSTATUS_TW    0x00200000
#define MSTATUS_TSR   0x00400000
#define MSTATUS_UXL   0x0000000300000000
#define MSTATUS_SXL   0x0000000C00000000
#define MSTATUS64_SD  0x8000000000000000

#define SSTATUS_SIE   MSTATUS_SIE
#define SSTATUS_SPIE  MSTATUS_SPIE
#define SSTATUS_SPP   MSTATUS_SPP
#define SSTATUS_FS    MSTATUS_FS
#define SSTATUS_SUM   MSTATUS_SUM
#define SSTATUS_MXR   MSTATUS_MXR

// Privilege levels as encoded in mstatus.MPP (privileged spec 1.2).
#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

// Interrupt numbers and their mip/mie bits (privileged spec 3.1.9).
#define IRQ_S_SOFT   1
#define IRQ_M_SOFT   3
#define IRQ_S_TIMER  5
#define IRQ_M_TIMER  7
#define IRQ_S_EXT    9
#define IRQ_M_EXT    11

#define MIP_SSIP (1 << IRQ_S_SOFT)
#define MIP_MSIP (1 << IRQ_M_SOFT)
#define MIP_STIP (1 << IRQ_S_TIMER)
#define MIP_MTIP (1 << IRQ_M_TIMER)
#define MIP_SEIP (1 << IRQ_S_EXT)
#define MIP_MEIP (1 << IRQ_M_EXT)

// Exception codes in mcause/scause (privileged spec 3.1.15, table 3.6).
#define CAUSE_MISALIGNED_FETCH     0x0
#define CAUSE_FETCH_ACCESS         0x1
#define CAUSE_ILLEGAL_INSTRUCTION  0x2
#define CAUSE_BREAKPOINT           0x3
#define CAUSE_MISALIGNED_LOAD      0x4
#define CAUSE_LOAD_ACCESS          0x5
#define CAUSE_MISALIGNED_STORE     0x6
#define CAUSE_STORE_ACCESS         0x7
#define CAUSE_USER_ECALL           0x8
#define CAUSE_SUPERVISOR_ECALL     0x9
#define CAUSE_MACHINE_ECALL        0xb
#define CAUSE_FETCH_PAGE_FAULT     0xc
#define CAUSE_LOAD_PAGE_FAULT      0xd
#define CAUSE_STORE_PAGE_FAULT     0xf

// PMP configuration bits (privileged spec 3.7.1).
#define PMP_R     0x01
#define PMP_W     0x02
#define PMP_X     0x04
#define PMP_A     0x18
#define PMP_TOR   0x08
#define PMP_NA4   0x10
#define PMP_NAPOT 0x18
#define PMP_L     0x80

// satp modes (privileged spec 4.1.11) and page-table entry bits (4.3.1).
#define SATP_MODE_OFF  0x0000000000000000
#define SATP_MODE_SV39 0x8000000000000000
#define SATP_MODE_SV48 0x9000000000000000
#define SATP_PPN       0x00000FFFFFFFFFFF

#define PTE_V 0x001
#define PTE_R 0x002
#define PTE_W 0x004
#define PTE_X 0x008
#define PTE_U 0x010
#define PTE_G 0x020
#define PTE_A 0x040
#define PTE_D 0x080
#define PTE_PPN_SHIFT 10

#define PGSHIFT 12
#define PGSIZE (1 << PGSHIFT)

#endif
