// The referral guide on Azure: an App Service (Linux, Node 20) running the bot, an Azure Bot resource
// with the Microsoft Teams and Direct Line channels pointing at it, and optionally a storage account
// for conversation state when more than one instance runs.
//
//   az deployment group create -g <resource-group> -f deployment/azure/main.bicep \
//     -p appName=<name> microsoftAppId=<app id> microsoftAppPassword=<secret> microsoftAppTenantId=<tenant>
//
// See deployment/README.md for the app registration, the Direct Line secret and the Teams package.

@description('Base name for every resource; the site is https://<appName>.azurewebsites.net')
@minLength(3)
@maxLength(40)
param appName string

@description('Region for the App Service and storage (the Azure Bot resource itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for one instance; use P1v3 or above with several.')
param appServiceSku string = 'B1'

@description('Instances of the App Service. More than one needs enableStateStorage, so they share conversation state.')
@minValue(1)
param instanceCount int = 1

@description('The Microsoft Entra app registration the bot authenticates as (MicrosoftAppId).')
param microsoftAppId string

@description('The app registration\'s client secret (MicrosoftAppPassword). Not needed for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('Tenant of the app registration; required for SingleTenant.')
param microsoftAppTenantId string = tenant().tenantId

@description('Resource id of the user-assigned managed identity, only for microsoftAppType UserAssignedMSI.')
param userAssignedIdentityId string = ''

@description('Web chat: the Direct Line secret (Azure Bot > Channels > Direct Line). Empty on the first deployment; see the README.')
@secure()
param directLineSecret string = ''

@description('Keep conversation state in Azure Blob Storage instead of memory (needed for more than one instance).')
param enableStateStorage bool = false

@description('Partnership sites allowed to frame the chat and the lookup: origins separated by spaces, e.g. "https://www.example.org". Empty: only the bot\'s own pages.')
param frameAncestors string = ''

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier: F0 is free for the standard channels (Teams, Direct Line) at low volume.')
param botSku string = 'F0'

var stateContainerName = 'conversation-state'
// Storage account names: 3-24 lower-case letters and digits, globally unique.
var storageAccountName = take('${toLower(replace(replace(appName, '-', ''), '_', ''))}${uniqueString(resourceGroup().id)}', 24)

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource stateStorage 'Microsoft.Storage/storageAccounts@2023-01-01' = if (enableStateStorage) {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource stateBlobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = if (enableStateStorage) {
  parent: stateStorage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = if (enableStateStorage) {
  parent: stateBlobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The privacy notice (/privacy) promises that conversation state untouched for a day is deleted: the
// bot forgets a case after 30 idle minutes, and this daily rule removes what is left behind.
resource stateCleanUp 'Microsoft.Storage/storageAccounts/managementPolicies@2023-01-01' = if (enableStateStorage) {
  parent: stateStorage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-idle-conversation-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${stateContainerName}/']
            }
            actions: {
              baseBlob: {
                delete: { daysAfterModificationGreaterThan: 1 }
              }
            }
          }
        }
      ]
    }
  }
}

var botSettings = [
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
  { name: 'MicrosoftAppType', value: microsoftAppType }
  { name: 'MicrosoftAppTenantId', value: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId }
  { name: 'DIRECT_LINE_SECRET', value: directLineSecret }
  { name: 'FRAME_ANCESTORS', value: frameAncestors }
  // Oryx installs dependencies (dev ones too: the build needs TypeScript, so NODE_ENV is left unset)
  // and runs `npm run build` on zip deployment.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
]

var storageSettings = enableStateStorage ? [
  { name: 'AZURE_STORAGE_CONNECTION_STRING', value: 'DefaultEndpointsProtocol=https;AccountName=${stateStorage.name};AccountKey=${stateStorage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}' }
  { name: 'AZURE_STORAGE_CONTAINER', value: stateContainerName }
] : []

resource site 'Microsoft.Web/sites@2023-01-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: microsoftAppType == 'UserAssignedMSI' ? {
    type: 'UserAssigned'
    userAssignedIdentities: { '${userAssignedIdentityId}': {} }
  } : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/src/main.js'
      alwaysOn: appServiceSku != 'F1' && appServiceSku != 'D1'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(botSettings, storageSettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Referral guide'
    description: 'Referral guidance for children\'s services in Nottinghamshire, Nottingham City and Derby. Guidance, not a referral: in an emergency call 999.'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: microsoftAppType == 'UserAssignedMSI' ? userAssignedIdentityId : ''
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Partnership website'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

output siteUrl string = 'https://${site.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
output botDomain string = site.properties.defaultHostName
