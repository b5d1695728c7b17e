/* Polled ns16550a driver; base, reg-shift and reg-io-width come from the device tree. */
#include "tinyos.h"

/* 16550 registers (TI PC16550D datasheet, table 2), in units of (1 << reg-shift) bytes. */
#define UART_RBR 0 /* receive buffer (read) */
#define UART_THR 0 /* transmit holding (write) */
#define UART_IER 1
#define UART_LCR 3
#define UART_LSR 5
#define LSR_DR 0x01   /* data ready */
#define LSR_THRE 0x20 /* transmit holding register empty */

static u32 uart_read(u32 reg)
{
    u64 addr = machine.uart_base + ((u64)reg << machine.uart_reg_shift);
    if (machine.uart_io_width == 4)
        return *(volatile u32 *)addr;
    return *(volatile u8 *)addr;
}

static void uart_write(u32 reg, u32 v)
{
    u64 addr = machine.uart_base + ((u64)reg << machine.uart_reg_shift);
    if (machine.uart_io_width == 4)
        *(volatile u32 *)addr = v;
    else
        *(volatile u8 *)addr = (u8)v;
}

void uart_init(void)
{
    if (!machine.uart_base)
        return;
    uart_write(UART_IER, 0);    /* polled: no interrupts */
    uart_write(UART_LCR, 0x03); /* 8 data bits, no parity, 1 stop bit; the divisor is left as firmware set it */
    /* FCR is left alone: changing the FIFO enable bit flushes the FIFOs and would drop keys typed during
     * boot; polling works with or without them. */
}

void uart_putc(char c)
{
    if (!machine.uart_base)
        return;
    while (!(uart_read(UART_LSR) & LSR_THRE))
        ;
    uart_write(UART_THR, (u8)c);
}

int uart_getc(void)
{
    if (!machine.uart_base || !(uart_read(UART_LSR) & LSR_DR))
        return -1;
    return (int)uart_read(UART_RBR);
}
