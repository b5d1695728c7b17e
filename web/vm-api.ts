// The one place the web app takes the VM from, so the worker and the page agree on its types.
export { Vm, type VmConfig, type VmStats } from '../src/vm.ts';
