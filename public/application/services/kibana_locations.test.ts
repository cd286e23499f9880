import { addRemoteClusterLocation, remoteClusterDetailsLocation } from './kibana_locations';

describe('Kibana locations', () => {
  it('opens a remote in Remote Clusters, encoding its alias', () => {
    expect(remoteClusterDetailsLocation('eck prod/1')).toEqual({
      appId: 'management',
      path: '/data/remote_clusters/list?cluster=eck%20prod%2F1',
      url: '/app/management/data/remote_clusters/list?cluster=eck%20prod%2F1',
    });
  });

  it('links to the page that adds a remote cluster', () => {
    expect(addRemoteClusterLocation()).toEqual({
      appId: 'management',
      path: '/data/remote_clusters/add',
      url: '/app/management/data/remote_clusters/add',
    });
  });
});
