import rule from '../../../src/rules/host-devices.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });

testRule(rule, {
  valid: [
    { name: 'hardened run (Devices: [])', request: cli('run-hardened', 'container.create') },
    { name: 'an allowed device', request: create({ Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }] }), options: { allowedDevices: ['/dev/fuse'] } },
    { name: 'device cgroup rules when allowed', request: cli('run-device-cgroup-rule', 'container.create'), options: { allowCgroupRules: true } },
    { name: 'a CDI device when device requests are allowed', request: apiRequest('POST', '/v1.50/containers/create', { Image: 'busybox', HostConfig: { DeviceRequests: [{ Driver: 'cdi', Count: 0, DeviceIDs: ['vendor.com/gpu=0'] }] } }), options: { allowDeviceRequests: true } },
  ],
  invalid: [
    { name: 'docker run --device /dev/null:/dev/xnull', request: cli('run-device', 'container.create'), findings: [{ field: 'HostConfig.Devices[0].PathOnHost', found: '/dev/null' }] },
    { name: "docker run --device-cgroup-rule 'c 1:3 mr'", request: cli('run-device-cgroup-rule', 'container.create'), findings: [{ field: 'HostConfig.DeviceCgroupRules[0]', found: 'c 1:3 mr' }] },
    { name: '--gpus all', request: create({ DeviceRequests: [{ Driver: '', Count: -1, Capabilities: [['gpu']] }] }), findings: [{ field: 'HostConfig.DeviceRequests[0]', found: 'gpu', fix: 'remove --gpus (or allow it with the host-devices option allowDeviceRequests)' }] },
    {
      // the 28.2 CLI's body for `docker run --device vendor.com/gpu=0` (a CDI name), as sent to a 28.x daemon
      name: '--device vendor.com/gpu=0 (CDI, dockerd 28.x)',
      request: apiRequest('POST', '/v1.50/containers/create', { Image: 'busybox', HostConfig: { DeviceRequests: [{ Driver: 'cdi', Count: 0, DeviceIDs: ['vendor.com/gpu=0'], Capabilities: null, Options: null }] } }),
      findings: [{ field: 'HostConfig.DeviceRequests[0]', found: 'cdi vendor.com/gpu=0', fix: 'remove --device with a CDI name (vendor.com/class=name): its spec on the host decides what it injects (or allow device requests with the host-devices option allowDeviceRequests)' }],
    },
    { name: 'a whole folder of devices, path not clean', request: create({ Devices: [{ PathOnHost: '/dev/../dev/', PathInContainer: '/d', CgroupPermissions: 'rwm' }] }), options: { allowedDevices: ['/dev/fuse'] }, findings: [{ found: '/dev/../dev/' }] },
    { name: 'lower-case keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"devices":[{"pathonhost":"/dev/sda","pathincontainer":"/dev/sda"}]}}'), findings: [{ found: '/dev/sda' }] },
  ],
});
